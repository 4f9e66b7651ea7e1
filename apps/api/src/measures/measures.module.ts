import { Module, type Provider } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module.js';
import { CheckSubjectsHandler } from './check-subjects/check-subjects.handler.js';
import { CheckSubjectsHttpController } from './check-subjects/check-subjects.http.controller.js';
import { SubjectMeasuresHandler } from './get-subject-measures/get-subject-measures.handler.js';
import { GetSubjectMeasuresHttpController } from './get-subject-measures/get-subject-measures.http.controller.js';

const httpControllers = [GetSubjectMeasuresHttpController, CheckSubjectsHttpController];
const queryHandlers: Provider[] = [SubjectMeasuresHandler];
const commandHandlers: Provider[] = [CheckSubjectsHandler];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: [...queryHandlers, ...commandHandlers] })
export class MeasuresModule {}
