import { Module, type Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DoublePublicityReader, ListChangeCountsReader, TypicalCasesReader } from '#read-model';
import { SharedModule } from '../shared/shared.module.js';
import { READ_MODELS } from '../shared/storage.tokens.js';
import { DoublePublicityStatisticsHandler } from './double-publicity/double-publicity.handler.js';
import { DoublePublicityStatisticsHttpController } from './double-publicity/double-publicity.http.controller.js';
import { ListChangesStatisticsHandler } from './list-changes/list-changes-statistics.handler.js';
import { ListChangesStatisticsHttpController } from './list-changes/list-changes-statistics.http.controller.js';
import { StatisticsIndexHttpController } from './statistics-index/statistics-index.http.controller.js';
import { TypicalCasesStatisticsHandler } from './typical-cases/typical-cases-statistics.handler.js';
import { TypicalCasesStatisticsHttpController } from './typical-cases/typical-cases-statistics.http.controller.js';

/** The statistics of the quarterly assessment (issue 14, part 7); feedback, objections and repairs live with their features. */
const httpControllers = [
  StatisticsIndexHttpController,
  DoublePublicityStatisticsHttpController,
  ListChangesStatisticsHttpController,
  TypicalCasesStatisticsHttpController,
];
const queryHandlers: Provider[] = [DoublePublicityStatisticsHandler, ListChangesStatisticsHandler, TypicalCasesStatisticsHandler];
const readers: Provider[] = [DoublePublicityReader, ListChangeCountsReader, TypicalCasesReader].map((Reader) => ({
  provide: Reader,
  useFactory: (db: DataSource) => new Reader(db),
  inject: [READ_MODELS],
}));

@Module({ imports: [SharedModule], controllers: httpControllers, providers: [...queryHandlers, ...readers] })
export class StatisticsModule {}
