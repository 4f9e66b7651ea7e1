import { Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { ListChangesReader, ListedSubjects, ListEntriesReader, PublicRecordsReader, RelationsReader } from '#read-model';
import { EVENT_STORE, READ_MODELS } from '../storage/storage.tokens.js';
import { MeasureQueryParams } from './measure-query.params.js';
import { PersonalData } from './personal-data.js';
import { PersonQueryLog } from './person-query-log.js';
import { ReadYourWrites } from './read-your-writes.js';

const READERS = [ListEntriesReader, RelationsReader, ListChangesReader, PublicRecordsReader];

@Injectable()
class StopFollowingTheLog implements OnModuleDestroy {
  constructor(private readonly listed: ListedSubjects) {}

  onModuleDestroy(): Promise<void> {
    return this.listed.close();
  }
}

/** What every query endpoint shares: the read-model readers, parameter checks, read-your-writes and the access log. */
@Module({
  providers: [
    ...READERS.map((Reader) => ({ provide: Reader, useFactory: (db: DataSource) => new Reader(db), inject: [READ_MODELS] })),
    {
      provide: ListedSubjects,
      useFactory: (db: DataSource, store: EventStore) => {
        const listed = new ListedSubjects(db, store);
        listed.start();
        return listed;
      },
      inject: [READ_MODELS, EVENT_STORE],
    },
    StopFollowingTheLog,
    MeasureQueryParams,
    ReadYourWrites,
    PersonQueryLog,
    PersonalData,
  ],
  exports: [...READERS, ListedSubjects, MeasureQueryParams, ReadYourWrites, PersonQueryLog, PersonalData],
})
export class QueriesModule {}
