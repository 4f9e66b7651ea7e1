import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module.js';
import { ListChangesFeedHandler } from './list-changes-feed/list-changes-feed.handler.js';
import { ListChangesFeedHttpController } from './list-changes-feed/list-changes-feed.http.controller.js';

/** The pull feed: for systems that poll rather than receive webhooks. */
@Module({ imports: [SharedModule], controllers: [ListChangesFeedHttpController], providers: [ListChangesFeedHandler] })
export class FeedsModule {}
