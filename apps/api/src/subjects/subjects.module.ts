import { Module } from '@nestjs/common';
import { SubjectHistoryHandler } from './subject-history.handler.js';
import { SubjectsController } from './subjects.http.controller.js';

@Module({ controllers: [SubjectsController], providers: [SubjectHistoryHandler] })
export class SubjectsModule {}
