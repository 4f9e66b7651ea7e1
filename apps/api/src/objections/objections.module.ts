import { Module, type Provider } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module.js';
import { FileObjectionHandler } from './file-objection/file-objection.handler.js';
import { FileObjectionHttpController } from './file-objection/file-objection.http.controller.js';
import { GetObjectionHandler } from './get-objection/get-objection.handler.js';
import { GetObjectionHttpController } from './get-objection/get-objection.http.controller.js';
import { ListObjectionsHandler } from './list-objections/list-objections.handler.js';
import { ListObjectionsHttpController } from './list-objections/list-objections.http.controller.js';
import { objectionCasesProvider } from './objection-cases.provider.js';
import { ObjectionStatisticsHandler } from './objection-statistics/objection-statistics.handler.js';
import { ObjectionStatisticsHttpController } from './objection-statistics/objection-statistics.http.controller.js';
import { ObjectionStepHandler } from './objection-steps/objection-step.handler.js';
import { ObjectionStepsHttpController } from './objection-steps/objection-steps.http.controller.js';

/**
 * Objections (异议): a case per objection on its own stream, filed and stepped by the credit office, answered by the
 * source department; the open ones flag their record in every query (shared/measure-lists.ts, the public view).
 */
const httpControllers = [
  FileObjectionHttpController,
  ListObjectionsHttpController,
  ObjectionStatisticsHttpController,
  GetObjectionHttpController,
  ObjectionStepsHttpController,
];
const commandHandlers: Provider[] = [FileObjectionHandler, ObjectionStepHandler];
const queryHandlers: Provider[] = [ListObjectionsHandler, GetObjectionHandler, ObjectionStatisticsHandler];

@Module({
  imports: [SharedModule],
  controllers: httpControllers,
  providers: [objectionCasesProvider, ...commandHandlers, ...queryHandlers],
})
export class ObjectionsModule {}
