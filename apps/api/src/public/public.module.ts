import { Module, type Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PublicListingsReader } from '#read-model';
import { SharedModule } from '../shared/shared.module.js';
import { READ_MODELS } from '../shared/storage.tokens.js';
import { PublicDisclosureHandler } from './get-public-disclosure/get-public-disclosure.handler.js';
import { GetPublicDisclosureHttpController } from './get-public-disclosure/get-public-disclosure.http.controller.js';
import { ListDoublePublicityHandler } from './list-double-publicity/list-double-publicity.handler.js';
import { ListDoublePublicityHttpController } from './list-double-publicity/list-double-publicity.http.controller.js';
import { ListInspectionsHandler } from './list-inspections/list-inspections.handler.js';
import { ListInspectionsHttpController } from './list-inspections/list-inspections.http.controller.js';
import { ListPublicationsHandler } from './list-publications/list-publications.handler.js';
import { ListPublicationsHttpController } from './list-publications/list-publications.http.controller.js';
import { SearchPublicSubjectsHandler } from './search-public-subjects/search-public-subjects.handler.js';
import { SearchPublicSubjectsHttpController } from './search-public-subjects/search-public-subjects.http.controller.js';

const httpControllers = [
  GetPublicDisclosureHttpController,
  SearchPublicSubjectsHttpController,
  ListDoublePublicityHttpController,
  ListInspectionsHttpController,
  ListPublicationsHttpController,
];
const queryHandlers: Provider[] = [
  PublicDisclosureHandler,
  SearchPublicSubjectsHandler,
  ListDoublePublicityHandler,
  ListInspectionsHandler,
  ListPublicationsHandler,
];
const readers: Provider[] = [
  { provide: PublicListingsReader, useFactory: (db: DataSource) => new PublicListingsReader(db), inject: [READ_MODELS] },
];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: [...queryHandlers, ...readers] })
export class PublicModule {}
