import { Module } from '@nestjs/common';
import { SubjectHistoryHandler } from './subject-history.handler.js';
import { SubjectMeasuresHandler } from './subject-measures.handler.js';
import { SubjectsController } from './subjects.http.controller.js';

@Module({ controllers: [SubjectsController], providers: [SubjectHistoryHandler, SubjectMeasuresHandler] })
export class SubjectsModule {}
