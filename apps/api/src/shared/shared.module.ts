import { Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import {
  ListCandidatesReader,
  ListChangesReader,
  ListedSubjects,
  ListEntriesReader,
  ObjectionsReader,
  PersonQueryLog,
  PublicRecordsReader,
  RelationsReader,
  SubjectsReader,
} from '#read-model';
import { EVENT_STORE, READ_MODELS } from './storage.tokens.js';
import { MeasureLists } from './measure-lists.js';
import { MeasureQueryParams } from './measure-query.params.js';
import { PersonalData } from './personal-data.js';
import { ReadYourWrites } from './read-your-writes.js';

const READERS = [
  ListEntriesReader,
  RelationsReader,
  ListChangesReader,
  ListCandidatesReader,
  PublicRecordsReader,
  PersonQueryLog,
  ObjectionsReader,
  SubjectsReader,
];

@Injectable()
class StopFollowingTheLog implements OnModuleDestroy {
  constructor(private readonly listed: ListedSubjects) {}

  onModuleDestroy(): Promise<void> {
    return this.listed.close();
  }
}

/**
 * What the features share: the read-model readers, the measure lists, parameter checks, read-your-writes and
 * the access log. Provided once here, so every feature sees the same instances.
 */
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
    MeasureLists,
    MeasureQueryParams,
    ReadYourWrites,
    PersonalData,
  ],
  exports: [...READERS, ListedSubjects, MeasureLists, MeasureQueryParams, ReadYourWrites, PersonalData],
})
export class SharedModule {}
