/** How the worker delivers; configuration (`WEBHOOK_*`, libs/runtime/src/config.ts) with these defaults. */
export interface DeliverySettings {
  /** Failed attempts after which a delivery is a dead letter. */
  readonly maxAttempts: number;
  /** The first retry waits about this long; each later one about twice the one before (with jitter). */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** No answer in this time is a failure. */
  readonly timeoutMs: number;
  /** Most changes in one delivery. */
  readonly batchSize: number;
  /** Most subscriptions sent to at once (each takes a read-model connection for its statements, none while it waits). */
  readonly parallel: number;
  /**
   * Days an accepted delivery is kept (its record and its changes in the outbox) before the retention sweep deletes
   * it; undelivered changes and dead letters are kept until delivered or replayed. The log and the feed keep every change.
   */
  readonly deliveredRetentionDays: number;
  /** Internal networks a receiver may be in (WEBHOOK_ALLOWED_NETWORKS): checked again on every connection. */
  readonly allowedNetworks: readonly string[];
}

export const DEFAULT_DELIVERY_SETTINGS: DeliverySettings = {
  maxAttempts: 8,
  retryBaseMs: 1_000,
  retryMaxMs: 15 * 60_000,
  timeoutMs: 10_000,
  batchSize: 100,
  parallel: 8,
  deliveredRetentionDays: 30,
  allowedNetworks: [],
};

/** Exponential back-off with equal jitter: half the step fixed, half random, so receivers that recover are not hit in step. */
export function retryDelayMs(
  failedAttempts: number,
  settings: Pick<DeliverySettings, 'retryBaseMs' | 'retryMaxMs'>,
  random = Math.random,
): number {
  const step = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}
