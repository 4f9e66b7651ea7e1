import { Global, Module, type DynamicModule } from '@nestjs/common';
import { GROUP_COMMIT_OBSERVER } from '../shared/metrics.tokens.js';
import type { ApiMetrics } from './api-metrics.js';

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
