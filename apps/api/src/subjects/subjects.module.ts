import { Module, type Provider } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module.js';
import { SubjectHistoryHandler } from './get-subject-history/get-subject-history.handler.js';
import { GetSubjectHistoryHttpController } from './get-subject-history/get-subject-history.http.controller.js';

const httpControllers = [GetSubjectHistoryHttpController];
const queryHandlers: Provider[] = [SubjectHistoryHandler];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: queryHandlers })
export class SubjectsModule {}
