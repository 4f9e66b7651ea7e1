import path from 'node:path';
import { StartupError } from './startup-error.js';

export type StorageMode = 'embedded' | 'postgres';

export interface JiangchengConfig {
  /** Read models (and, without EventStoreDB, events) live in embedded PGlite or a PostgreSQL server. */
  readonly storage: StorageMode;
  readonly databaseUrl?: string;
  readonly dataDir: string;
  /** When set, events live in EventStoreDB/KurrentDB; read models stay in PostgreSQL. */
  readonly eventStoreUrl?: string;
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  /** In embedded mode the api process runs the projections itself. */
  readonly runProjectionsInApi: boolean;
  /** Departments and their hashed API keys (edited with `npm run cli -- departments …`). */
  readonly departmentsFile: string;
}

export class ConfigError extends StartupError {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
  }
}

const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s]+$/;
const EVENTSTORE_URL = /^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\/[^\s]+$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and checks the environment once, at start-up; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): JiangchengConfig {
  const problems: string[] = [];
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl && !POSTGRES_URL.test(databaseUrl)) {
    problems.push(`DATABASE_URL must be postgres://user@host:port/database, got "${databaseUrl}"`);
  }
  const eventStoreUrl = nonEmpty(env.EVENTSTORE_URL);
  if (eventStoreUrl && !EVENTSTORE_URL.test(eventStoreUrl)) {
    problems.push(`EVENTSTORE_URL must start with kurrentdb:// or esdb:// (optionally +discover), got "${eventStoreUrl}"`);
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be 0–65535, got "${env.PORT}"`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const runProjections = env.RUN_PROJECTIONS_IN_API;
  if (runProjections !== undefined && !['true', 'false'].includes(runProjections)) {
    problems.push(`RUN_PROJECTIONS_IN_API must be true or false, got "${runProjections}"`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const storage: StorageMode = databaseUrl ? 'postgres' : 'embedded';
  return {
    storage,
    databaseUrl,
    dataDir: path.resolve(nonEmpty(env.DATA_DIR) ?? 'data'),
    eventStoreUrl,
    port,
    host: nonEmpty(env.HOST) ?? '0.0.0.0',
    logLevel,
    runProjectionsInApi: runProjections === undefined ? storage === 'embedded' : runProjections === 'true',
    departmentsFile: path.resolve(nonEmpty(env.DEPARTMENTS_FILE) ?? path.join(nonEmpty(env.DATA_DIR) ?? 'data', 'departments.json')),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}
