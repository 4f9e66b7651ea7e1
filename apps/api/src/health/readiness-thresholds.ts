import type { Problem } from '#kernel';
import { ConfigError } from '#runtime';

/** When readiness calls a projection `degraded` although it is still serving. */
export interface ReadinessThresholds {
  /** Events the checkpoint may trail the log by (`HEALTH_LAG_EVENTS`, default 1000). */
  readonly lagEvents: number;
  /** Seconds the oldest unapplied event may wait (`HEALTH_LAG_SECONDS`, default 60). */
  readonly lagSeconds: number;
  /** Seconds a transaction may hold the read horizon back (`HEALTH_HORIZON_SECONDS`, default 10). */
  readonly horizonSeconds: number;
}

export const READINESS_THRESHOLDS = Symbol('ReadinessThresholds');

const VARIABLES = {
  lagEvents: ['HEALTH_LAG_EVENTS', 1000],
  lagSeconds: ['HEALTH_LAG_SECONDS', 60],
  horizonSeconds: ['HEALTH_HORIZON_SECONDS', 10],
} as const;

export function readinessThresholds(env: NodeJS.ProcessEnv = process.env): ReadinessThresholds {
  const problems: Problem[] = [];
  const read = ([name, fallback]: readonly [string, number]) => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    if (!/^\d+$/.test(text)) problems.push({ path: name, reason: `must be a whole number ≥ 0, got "${text}"` });
    return Number(text);
  };
  const thresholds = {
    lagEvents: read(VARIABLES.lagEvents),
    lagSeconds: read(VARIABLES.lagSeconds),
    horizonSeconds: read(VARIABLES.horizonSeconds),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return thresholds;
}
