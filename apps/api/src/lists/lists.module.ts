import { Module, type Provider } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module.js';
import { SubjectListsHandler } from './get-subject-lists/get-subject-lists.handler.js';
import { GetSubjectListsHttpController } from './get-subject-lists/get-subject-lists.http.controller.js';

const httpControllers = [GetSubjectListsHttpController];
const queryHandlers: Provider[] = [SubjectListsHandler];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: queryHandlers })
export class ListsModule {}
