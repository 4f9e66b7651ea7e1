import { Module } from '@nestjs/common';
import { QueriesModule } from '../queries/queries.module.js';
import { PublicController } from './public.http.controller.js';

@Module({ imports: [QueriesModule], controllers: [PublicController] })
export class DisclosureModule {}
