import { Module, type Provider } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module.js';
import { SubjectListsHandler } from './get-subject-lists/get-subject-lists.handler.js';
import { GetSubjectListsHttpController } from './get-subject-lists/get-subject-lists.http.controller.js';
import { ListCandidatesHandler } from './list-candidates/list-candidates.handler.js';
import { ListCandidatesHttpController } from './list-candidates/list-candidates.http.controller.js';

const httpControllers = [GetSubjectListsHttpController, ListCandidatesHttpController];
const queryHandlers: Provider[] = [SubjectListsHandler, ListCandidatesHandler];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: queryHandlers })
export class ListsModule {}
