import { Module, type Provider } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module.js';
import { SubjectHistoryHandler } from './get-subject-history/get-subject-history.handler.js';
import { GetSubjectHistoryHttpController } from './get-subject-history/get-subject-history.http.controller.js';
import { SubjectRelationsHandler } from './get-subject-relations/get-subject-relations.handler.js';
import { GetSubjectRelationsHttpController } from './get-subject-relations/get-subject-relations.http.controller.js';
import { SearchSubjectsHandler } from './search-subjects/search-subjects.handler.js';
import { SearchSubjectsHttpController } from './search-subjects/search-subjects.http.controller.js';

const httpControllers = [GetSubjectHistoryHttpController, SearchSubjectsHttpController, GetSubjectRelationsHttpController];
const queryHandlers: Provider[] = [SubjectHistoryHandler, SearchSubjectsHandler, SubjectRelationsHandler];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: queryHandlers })
export class SubjectsModule {}
