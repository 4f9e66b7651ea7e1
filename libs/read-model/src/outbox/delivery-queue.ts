import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** A delivery to send now: its changes in log order, the attempt it will be. */
export interface DueDelivery {
  readonly deliveryId: string;
  readonly subscriptionId: string;
  readonly attempt: number;
  readonly changes: readonly object[];
}

export interface AttemptFailure {
  readonly status?: number;
  readonly error: string;
}

/**
 * The worker's side of the outbox. A subject's changes reach a subscription in log order: a change waits ("held")
 * while an earlier change of the same subject for the same subscription is in a delivery not yet accepted,
 * retrying or dead. Callers run one delivery per subscription at a time.
 */
export class DeliveryQueue {
  constructor(private readonly db: DataSource) {}

  /** The active subscriptions with a change waiting for a first delivery or a retry that is due. */
  async subscriptionsWithWork(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT s.id FROM delivery_subscriptions s
        WHERE s.cancelled_at IS NULL
          AND (EXISTS (SELECT 1 FROM delivery_outbox o WHERE o.subscription_id = s.id AND o.state = 'queued')
            OR EXISTS (SELECT 1 FROM delivery_batches b
                        WHERE b.subscription_id = s.id AND b.state = 'pending' AND b.next_attempt_at <= now()))`,
    );
    return rows.map((row) => row.id);
  }

  /**
   * A retry that is due, else a new delivery of the queued changes that nothing holds; undefined when neither.
   * One statement: the claim, the new delivery's record and its changes, in log order.
   */
  async next(subscriptionId: string, maxChanges: number): Promise<DueDelivery | undefined> {
    const rows: { delivery_id: string; attempt: number; change: object }[] = await this.db.query(
      `WITH retry AS (
         SELECT delivery_id, attempts FROM delivery_batches
          WHERE subscription_id = $1 AND state = 'pending' AND next_attempt_at <= now()
          ORDER BY created_at LIMIT 1
       ), held AS (
         SELECT subject FROM delivery_outbox WHERE subscription_id = $1 AND state IN ('sent', 'dead')
       ), picked AS (
         SELECT seq FROM delivery_outbox
          WHERE subscription_id = $1 AND state = 'queued' AND subject NOT IN (SELECT subject FROM held)
            AND NOT EXISTS (SELECT 1 FROM retry)
          ORDER BY commit_position, prepare_position LIMIT $2
       ), claimed AS (
         UPDATE delivery_outbox SET state = 'sent', delivery_id = $3
          WHERE seq IN (SELECT seq FROM picked)
          RETURNING event_id, commit_position, prepare_position
       ), opened AS (
         INSERT INTO delivery_batches (delivery_id, subscription_id, state)
         SELECT $3, $1, 'pending' WHERE EXISTS (SELECT 1 FROM claimed)
       ), due AS (
         SELECT r.delivery_id, r.attempts + 1 AS attempt, o.event_id, o.commit_position, o.prepare_position
           FROM retry r JOIN delivery_outbox o ON o.delivery_id = r.delivery_id
         UNION ALL
         SELECT $3::uuid, 1, event_id, commit_position, prepare_position FROM claimed
       )
       SELECT due.delivery_id, due.attempt, c.change
         FROM due JOIN delivery_changes c ON c.event_id = due.event_id
        ORDER BY due.commit_position, due.prepare_position`,
      [subscriptionId, maxChanges, randomUUID()],
    );
    if (rows.length === 0) return undefined;
    return {
      deliveryId: rows[0].delivery_id,
      subscriptionId,
      attempt: rows[0].attempt,
      changes: rows.map((row) => row.change),
    };
  }

  async delivered(deliveryId: string, status: number): Promise<void> {
    await this.db.query(
      `WITH accepted AS (
         UPDATE delivery_batches SET state = 'delivered', attempts = attempts + 1, last_attempt_at = now(), last_status = $2,
                last_error = NULL, delivered_at = now()
          WHERE delivery_id = $1
       )
       UPDATE delivery_outbox SET state = 'delivered' WHERE delivery_id = $1`,
      [deliveryId, status],
    );
  }

  /**
   * Records a failed attempt: retried after `retryInMs`, or a dead letter once `maxAttempts` attempts have failed.
   * Returns whether it is now dead.
   */
  async failed(deliveryId: string, failure: AttemptFailure, maxAttempts: number, retryInMs: number): Promise<boolean> {
    const rows: { state: string }[] = await this.db.query(
      `WITH attempt AS (
         UPDATE delivery_batches
            SET attempts = attempts + 1, last_attempt_at = now(), last_status = $2, last_error = $3,
                state = CASE WHEN attempts + 1 >= $4 THEN 'dead' ELSE 'pending' END,
                dead_at = CASE WHEN attempts + 1 >= $4 THEN now() END,
                next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
          WHERE delivery_id = $1 AND state = 'pending'
          RETURNING state
       ), buried AS (
         UPDATE delivery_outbox SET state = 'dead' WHERE delivery_id = $1 AND EXISTS (SELECT 1 FROM attempt WHERE state = 'dead')
       )
       SELECT state FROM attempt`,
      [deliveryId, failure.status ?? null, failure.error.slice(0, 1000), maxAttempts, retryInMs],
    );
    return rows[0]?.state === 'dead';
  }
}
