import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { maskResidentIds } from '#kernel';
import type { JiangchengConfig } from './config.js';

/** The headers that carry a department's secret; pino replaces them wherever a request is logged. */
export const SECRET_HEADER_PATHS = ['req.headers["x-api-key"]', 'req.headers.authorization', 'req.headers.cookie'];

/** `jc_<key id>_<secret>` (libs/credit departments): the id may be logged, the secret never. */
const API_KEY_SECRET = /(jc_[a-z0-9]{8}_)[A-Za-z0-9_-]{43}/g;

/**
 * The last line of defence, on the serialised line: a key secret or a 身份证号 can reach a log inside a
 * URL, a query, an error message or a stack trace, wherever the code that logs it did not think of it.
 */
export function withoutSecrets(line: string): string {
  return maskResidentIds(line.replace(API_KEY_SECRET, '$1[REDACTED]'));
}

/** Redaction for every logger of the system: the http request log and the others. */
export const safeLogOptions: Pick<LoggerOptions, 'redact' | 'hooks'> = {
  redact: { paths: SECRET_HEADER_PATHS, censor: '[REDACTED]' },
  hooks: { streamWrite: withoutSecrets },
};

/** Structured JSON logs on stdout (or `destination`), one object per line. */
export function createLogger(config: Pick<JiangchengConfig, 'logLevel'>, name: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    ...safeLogOptions,
    name,
    level: config.logLevel,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The runner/Nest-style logger interface over pino. */
export function contextLogger(logger: Logger) {
  return {
    log: (message: string, context?: string) => logger.info({ context }, message),
    warn: (message: string, context?: string) => logger.warn({ context }, message),
    error: (message: string, trace?: string, context?: string) => logger.error({ context, trace }, message),
  };
}
