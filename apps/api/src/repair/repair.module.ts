import { Module, type Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CreditRepairsReader } from '#read-model';
import { SharedModule } from '../shared/shared.module.js';
import { READ_MODELS } from '../shared/storage.tokens.js';
import { RepairEligibilityHandler } from './get-repair-eligibility/get-repair-eligibility.handler.js';
import { GetRepairEligibilityHttpController } from './get-repair-eligibility/get-repair-eligibility.http.controller.js';
import { ListRepairsHandler } from './list-repairs/list-repairs.handler.js';
import { ListRepairsHttpController } from './list-repairs/list-repairs.http.controller.js';
import { RepairStatisticsHandler } from './repair-statistics/repair-statistics.handler.js';
import { RepairStatisticsHttpController } from './repair-statistics/repair-statistics.http.controller.js';

/**
 * Credit repair (信用修复, 令第36号): eligibility per record, the repair queue and the repair statistics. Applications and decisions are
 * facts (CreditRepairApplied, CreditRepairDecided) recorded through POST /v1/facts and decided by the subject's decider.
 */
const httpControllers = [GetRepairEligibilityHttpController, RepairStatisticsHttpController, ListRepairsHttpController];
const queryHandlers: Provider[] = [
  RepairEligibilityHandler,
  RepairStatisticsHandler,
  ListRepairsHandler,
  { provide: CreditRepairsReader, useFactory: (db: DataSource) => new CreditRepairsReader(db), inject: [READ_MODELS] },
];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: queryHandlers })
export class RepairModule {}
