import { pino, type Logger } from 'pino';
import type { JiangchengConfig } from './config.js';

/** Structured JSON logs on stdout, one object per line. */
export function createLogger(config: Pick<JiangchengConfig, 'logLevel'>, name: string): Logger {
  return pino({ name, level: config.logLevel, base: { service: name }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** The runner/Nest-style logger interface over pino. */
export function contextLogger(logger: Logger) {
  return {
    log: (message: string, context?: string) => logger.info({ context }, message),
    warn: (message: string, context?: string) => logger.warn({ context }, message),
    error: (message: string, trace?: string, context?: string) => logger.error({ context, trace }, message),
  };
}
