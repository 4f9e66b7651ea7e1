import { Module, type Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { FeedbackStatisticsReader } from '#read-model';
import { SharedModule } from '../shared/shared.module.js';
import { READ_MODELS } from '../shared/storage.tokens.js';
import { FeedbackStatisticsHandler } from './feedback-statistics/feedback-statistics.handler.js';
import { FeedbackStatisticsHttpController } from './feedback-statistics/feedback-statistics.http.controller.js';
import { GetCheckHandler } from './get-check/get-check.handler.js';
import { GetCheckHttpController } from './get-check/get-check.http.controller.js';
import { RecordFeedbackHandler } from './record-feedback/record-feedback.handler.js';
import { RecordFeedbackHttpController } from './record-feedback/record-feedback.http.controller.js';
import { RevokeFeedbackHandler } from './revoke-feedback/revoke-feedback.handler.js';
import { RevokeFeedbackHttpController } from './revoke-feedback/revoke-feedback.http.controller.js';

const httpControllers = [
  GetCheckHttpController,
  RecordFeedbackHttpController,
  RevokeFeedbackHttpController,
  FeedbackStatisticsHttpController,
];
const commandHandlers: Provider[] = [RecordFeedbackHandler, RevokeFeedbackHandler];
const queryHandlers: Provider[] = [GetCheckHandler, FeedbackStatisticsHandler];
const readers: Provider[] = [
  { provide: FeedbackStatisticsReader, useFactory: (db: DataSource) => new FeedbackStatisticsReader(db), inject: [READ_MODELS] },
];

/** Checks of record and the feedback on them (核查使用 → 反馈): docs/joint-loop.md. */
@Module({ imports: [SharedModule], controllers: httpControllers, providers: [...commandHandlers, ...queryHandlers, ...readers] })
export class FeedbackModule {}
