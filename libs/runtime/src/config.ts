import path from 'node:path';
import { allowedNetworkProblem, DEFAULT_OBJECTION_WORKING_DAYS, type ObjectionWorkingDays } from '#credit';
import type { Problem } from '#kernel';
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
  /**
   * Departments and their keys are recorded in the event store (`npm run cli -- departments …`). This
   * departments.json (DEPARTMENTS_FILE, default <DATA_DIR>/departments.json) is imported at start while
   * the store records no department yet.
   */
  readonly departmentsFile: string;
  /** DEPARTMENTS_FILE was set: a missing file is an error, not "no file to import". */
  readonly departmentsFileRequired: boolean;
  /** Browser origins allowed to call the api (CORS); none by default: a server-to-server api. */
  readonly corsOrigins: readonly string[];
  /** Express `trust proxy`: whom to believe in X-Forwarded-For when telling clients apart; nobody by default. */
  readonly trustProxy: boolean | number | string;
  readonly rateLimits: RateLimits;
  /** When set, GET /metrics requires `Authorization: Bearer <token>`. */
  readonly metricsToken?: string;
  /** Working days of each objection step (OBJECTION_*_WORKING_DAYS); absent: the defaults (objection-time-limits.ts). */
  readonly objectionWorkingDays?: ObjectionWorkingDays;
  /**
   * Working days the deciding department has for a credit repair application (REPAIR_REVIEW_WORKING_DAYS, default
   * 10: 国办发〔2025〕22号 四, 3 to accept and 7 to decide; docs/law/measures/repair.md).
   */
  readonly repairReviewWorkingDays?: number;
  /** JIANGCHENG_WEBHOOK_KEY: the server key webhook secrets are derived from; unset: <DATA_DIR>/webhook.key (webhook-key.ts). */
  readonly webhookKey?: string;
  readonly webhooks: WebhookSettings;
  /**
   * WEBHOOK_ALLOWED_NETWORKS (comma-separated CIDRs or addresses): internal networks a webhook URL may lead to; none by
   * default, so a department cannot make the server POST to its own loopback, the metadata service or a private network.
   */
  readonly webhookAllowedNetworks: readonly string[];
  /** WEB_DIR: the built console and public site (`npm run build:web`), default dist/web; absent: the api serves no pages. */
  readonly webDir: string;
}

/**
 * Webhook delivery (WEBHOOK_MAX_ATTEMPTS, WEBHOOK_RETRY_BASE_MS, WEBHOOK_RETRY_MAX_MS, WEBHOOK_TIMEOUT_MS, WEBHOOK_BATCH_SIZE,
 * WEBHOOK_DELIVERED_RETENTION_DAYS); what each means: libs/delivery/src/delivery-settings.ts.
 */
export interface WebhookSettings {
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly timeoutMs: number;
  readonly batchSize: number;
  readonly deliveredRetentionDays: number;
}

/** Per client address, within one window. */
export interface RateLimits {
  readonly windowSeconds: number;
  /** Requests to the unauthenticated /v1/public/* endpoints. */
  readonly publicRequests: number;
  /** Failed API key checks before every further request is refused (too many requests) until the window has passed. */
  readonly failedAuthentications: number;
}

export class ConfigError extends StartupError {
  /** Each problem's path is the environment variable; the message reads "LOG_LEVEL must be one of …". */
  constructor(readonly problems: readonly Problem[]) {
    super(`invalid configuration: ${problems.map((p) => `${p.path} ${p.reason}`).join('; ')}`);
  }
}

const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s]+$/;
const EVENTSTORE_URL = /^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\/[^\s]+$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and checks the environment once, at start-up; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): JiangchengConfig {
  const problems: Problem[] = [];
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl && !POSTGRES_URL.test(databaseUrl)) {
    problems.push({ path: 'DATABASE_URL', reason: `must be postgres://user@host:port/database, got "${databaseUrl}"` });
  }
  const eventStoreUrl = nonEmpty(env.EVENTSTORE_URL);
  if (eventStoreUrl && !EVENTSTORE_URL.test(eventStoreUrl)) {
    problems.push({
      path: 'EVENTSTORE_URL',
      reason: `must start with kurrentdb:// or esdb:// (optionally +discover), got "${eventStoreUrl}"`,
    });
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push({ path: 'PORT', reason: `must be 0–65535, got "${env.PORT}"` });
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    problems.push({ path: 'LOG_LEVEL', reason: `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"` });
  const runProjections = env.RUN_PROJECTIONS_IN_API;
  if (runProjections !== undefined && !['true', 'false'].includes(runProjections)) {
    problems.push({ path: 'RUN_PROJECTIONS_IN_API', reason: `must be true or false, got "${runProjections}"` });
  }
  const corsOrigins = (nonEmpty(env.CORS_ORIGINS) ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin !== '*' && !isOrigin(origin))
      problems.push({ path: 'CORS_ORIGINS', reason: `must be a comma list of origins like https://portal.example.cn, got "${origin}"` });
  }
  const trustProxy = parseTrustProxy(nonEmpty(env.TRUST_PROXY));
  if (trustProxy === undefined) {
    problems.push({
      path: 'TRUST_PROXY',
      reason: `must be true, false, a number of proxies, or a comma list of addresses/subnets (or loopback, linklocal, uniquelocal), got "${env.TRUST_PROXY}"`,
    });
  }
  const rateLimits: RateLimits = {
    windowSeconds: positiveInteger(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, problems),
    publicRequests: positiveInteger(env, 'PUBLIC_RATE_LIMIT', 120, problems),
    failedAuthentications: positiveInteger(env, 'AUTH_FAILURE_LIMIT', 10, problems),
  };
  const repairReviewWorkingDays = positiveInteger(env, 'REPAIR_REVIEW_WORKING_DAYS', 10, problems);
  const days = DEFAULT_OBJECTION_WORKING_DAYS;
  const objectionWorkingDays: ObjectionWorkingDays = {
    acceptance: positiveInteger(env, 'OBJECTION_ACCEPTANCE_WORKING_DAYS', days.acceptance, problems),
    check: positiveInteger(env, 'OBJECTION_CHECK_WORKING_DAYS', days.check, problems),
    answer: positiveInteger(env, 'OBJECTION_ANSWER_WORKING_DAYS', days.answer, problems),
  };
  const metricsToken = nonEmpty(env.METRICS_TOKEN);
  if (metricsToken !== undefined && metricsToken.length < 16)
    problems.push({ path: 'METRICS_TOKEN', reason: 'must be at least 16 characters' });
  const webhookKey = nonEmpty(env.JIANGCHENG_WEBHOOK_KEY);
  if (webhookKey !== undefined && webhookKey.length < 32)
    problems.push({ path: 'JIANGCHENG_WEBHOOK_KEY', reason: 'must be at least 32 characters (e.g. openssl rand -hex 32)' });
  const webhooks: WebhookSettings = {
    maxAttempts: positiveInteger(env, 'WEBHOOK_MAX_ATTEMPTS', 8, problems),
    retryBaseMs: positiveInteger(env, 'WEBHOOK_RETRY_BASE_MS', 1_000, problems),
    retryMaxMs: positiveInteger(env, 'WEBHOOK_RETRY_MAX_MS', 15 * 60_000, problems),
    timeoutMs: positiveInteger(env, 'WEBHOOK_TIMEOUT_MS', 10_000, problems),
    batchSize: positiveInteger(env, 'WEBHOOK_BATCH_SIZE', 100, problems),
    deliveredRetentionDays: positiveInteger(env, 'WEBHOOK_DELIVERED_RETENTION_DAYS', 30, problems),
  };
  const webhookAllowedNetworks = (nonEmpty(env.WEBHOOK_ALLOWED_NETWORKS) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of webhookAllowedNetworks) {
    const problem = allowedNetworkProblem(entry);
    if (problem) problems.push({ path: 'WEBHOOK_ALLOWED_NETWORKS', reason: problem });
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
    departmentsFileRequired: nonEmpty(env.DEPARTMENTS_FILE) !== undefined,
    corsOrigins,
    trustProxy: trustProxy ?? false,
    rateLimits,
    metricsToken,
    repairReviewWorkingDays,
    webhookKey,
    webhooks,
    webhookAllowedNetworks,
    objectionWorkingDays,
    webDir: path.resolve(nonEmpty(env.WEB_DIR) ?? path.join('dist', 'web')),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: Problem[]): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1) problems.push({ path: name, reason: `must be a positive whole number, got "${raw}"` });
  return value;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return ['http:', 'https:'].includes(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}

const PROXY_ADDRESS = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;

function parseTrustProxy(raw: string | undefined): boolean | number | string | undefined {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const addresses = raw.split(',').map((a) => a.trim());
  return addresses.every((a) => PROXY_ADDRESS.test(a)) ? addresses.join(',') : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}
