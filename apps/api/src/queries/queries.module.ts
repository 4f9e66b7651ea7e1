import { Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ListChangesReader, ListEntriesReader, PublicRecordsReader, RelationsReader } from '#read-model';
import { READ_MODELS } from '../storage/storage.tokens.js';
import { MeasureQueryParams } from './measure-query.params.js';
import { PersonQueryLog } from './person-query-log.js';
import { ReadYourWrites } from './read-your-writes.js';

const READERS = [ListEntriesReader, RelationsReader, ListChangesReader, PublicRecordsReader];

/** What every query endpoint shares: the read-model readers, parameter checks, read-your-writes and the access log. */
@Module({
  providers: [
    ...READERS.map((Reader) => ({ provide: Reader, useFactory: (db: DataSource) => new Reader(db), inject: [READ_MODELS] })),
    MeasureQueryParams,
    ReadYourWrites,
    PersonQueryLog,
  ],
  exports: [...READERS, MeasureQueryParams, ReadYourWrites, PersonQueryLog],
})
export class QueriesModule {}
