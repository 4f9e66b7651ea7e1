import { Module } from '@nestjs/common';
import { QueriesModule } from '../queries/queries.module.js';
import { MeasureLists } from './measure-lists.js';
import { MeasuresController } from './measures.http.controller.js';

@Module({ imports: [QueriesModule], controllers: [MeasuresController], providers: [MeasureLists] })
export class MeasuresModule {}
