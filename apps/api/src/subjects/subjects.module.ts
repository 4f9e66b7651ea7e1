import { Module } from '@nestjs/common';
import { QueriesModule } from '../queries/queries.module.js';
import { SubjectHistoryHandler } from './subject-history.handler.js';
import { SubjectsController } from './subjects.http.controller.js';

@Module({ imports: [QueriesModule], controllers: [SubjectsController], providers: [SubjectHistoryHandler] })
export class SubjectsModule {}
