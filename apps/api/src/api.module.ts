import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { stdTimeFunctions } from 'pino';
import { HealthModule } from './health/health.module.js';
import { ProblemDetailsFilter } from './problems/problem-details.filter.js';
import type { ApiRuntime } from './storage/api-runtime.js';
import { StorageModule } from './storage/storage.module.js';

@Module({})
export class ApiModule {
  static create(runtime: ApiRuntime): DynamicModule {
    const { config } = runtime;
    return {
      module: ApiModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            name: 'jiangcheng-api',
            level: config.logLevel,
            timestamp: stdTimeFunctions.isoTime,
            autoLogging: { ignore: (request) => request.url === '/health' },
          },
        }),
        CqrsModule.forRoot(),
        StorageModule.forRuntime(runtime),
        HealthModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
