import { Module, type DynamicModule } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { stdTimeFunctions, type DestinationStream } from 'pino';
import { safeLogOptions, type JiangchengConfig } from '#runtime';
import { requestId } from '../shared/headers/request-id.js';
import { ShutdownLog } from './shutdown-log.js';

/** Probes that would drown the request log. */
const UNLOGGED_PATHS = new Set(['/health', '/health/live']);

function isProbe(request: IncomingMessage): boolean {
  return UNLOGGED_PATHS.has((request.url ?? '').split('?')[0]);
}

@Module({})
class ApiLoggingModule {}

/** The request log: one line per request with its X-Request-Id, key headers redacted, 身份证号 masked; and a line on shutdown. */
export function apiLoggerModule(config: Pick<JiangchengConfig, 'logLevel'>, destination?: DestinationStream): DynamicModule {
  const options = {
    ...safeLogOptions,
    name: 'jiangcheng-api',
    level: config.logLevel,
    timestamp: stdTimeFunctions.isoTime,
    genReqId: requestId,
    autoLogging: { ignore: isProbe },
  };
  return {
    module: ApiLoggingModule,
    imports: [LoggerModule.forRoot({ pinoHttp: destination ? [options, destination] : options })],
    providers: [ShutdownLog],
  };
}
