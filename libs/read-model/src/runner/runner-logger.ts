/** The slice of a logger the runner needs (Nest's LoggerService and pino both fit). */
export interface RunnerLogger {
  log(message: string, context?: string): void;
  warn(message: string, context?: string): void;
  error(message: string, trace?: string, context?: string): void;
}

export const SILENT_LOGGER: RunnerLogger = { log() {}, warn() {}, error() {} };
