import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { DestinationStream } from 'pino';
import { FactsModule } from './facts/facts.module.js';
import { HealthModule } from './health/health.module.js';
import { apiLoggerModule } from './logging/api-logger.module.js';
import { validationProblem } from './shared/problems/validation-problem.js';
import { SubjectsModule } from './subjects/subjects.module.js';
import { MeasuresModule } from './measures/measures.module.js';
import { ListsModule } from './lists/lists.module.js';
import { AuditModule } from './audit/audit.module.js';
import { PublicModule } from './public/public.module.js';
import { RepairModule } from './repair/repair.module.js';
import { DepartmentsModule } from './departments/departments.module.js';
import { StatisticsModule } from './statistics/statistics.module.js';
import { TypicalCasesModule } from './typical-cases/typical-cases.module.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';
import { FeedsModule } from './feeds/feeds.module.js';
import { FeedbackModule } from './feedback/feedback.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { ObjectionsModule } from './objections/objections.module.js';
import { RuleSetsModule } from './rule-sets/rule-sets.module.js';
import { ProblemDetailsFilter } from './shared/problems/problem-details.filter.js';
import type { ApiRuntime } from './storage/api-runtime.js';
import { StorageModule } from './storage/storage.module.js';

@Module({})
export class ApiModule {
  static create(runtime: ApiRuntime, logDestination?: DestinationStream): DynamicModule {
    const { config } = runtime;
    return {
      module: ApiModule,
      imports: [
        apiLoggerModule(config, logDestination),
        CqrsModule.forRoot(),
        MetricsModule.forMetrics(runtime.metrics),
        StorageModule.forRuntime(runtime),
        HealthModule,
        FactsModule,
        SubjectsModule,
        MeasuresModule,
        ListsModule,
        AuditModule,
        PublicModule,
        DepartmentsModule,
        TypicalCasesModule,
        StatisticsModule,
        SubscriptionsModule,
        FeedsModule,
        FeedbackModule,
        RepairModule,
        ObjectionsModule,
        RuleSetsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, exceptionFactory: validationProblem }),
        },
      ],
    };
  }
}
