import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { ApiMetrics } from './api-metrics.js';

/** Told the number of facts in each group commit. */
export const GROUP_COMMIT_OBSERVER = Symbol('GroupCommitObserver');

/** Hands the app's metrics to whoever records some. */
@Global()
@Module({})
export class MetricsModule {
  static forMetrics(metrics: ApiMetrics): DynamicModule {
    return {
      module: MetricsModule,
      providers: [{ provide: GROUP_COMMIT_OBSERVER, useValue: (facts: number) => metrics.groupCommitSize.observe(facts) }],
      exports: [GROUP_COMMIT_OBSERVER],
    };
  }
}
