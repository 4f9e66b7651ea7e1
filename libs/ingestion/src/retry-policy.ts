/** How often, and after how long a pause, a decision is taken again when another writer appended to the stream first. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  /** Milliseconds to wait after failed attempt `attempt` (1, 2 …). */
  delay(attempt: number): number;
}

/** Contention on one subject is short-lived: back off a little more each time, at random so writers drift apart. */
export const CONTENTION_RETRY: RetryPolicy = { maxAttempts: 30, delay: (attempt) => Math.random() * 5 * attempt };

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
