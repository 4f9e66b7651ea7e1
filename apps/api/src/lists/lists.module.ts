import { Module } from '@nestjs/common';
import { MeasureLists } from '../measures/measure-lists.js';
import { QueriesModule } from '../queries/queries.module.js';
import { ListsController } from './lists.http.controller.js';

@Module({ imports: [QueriesModule], controllers: [ListsController], providers: [MeasureLists] })
export class ListsModule {}
