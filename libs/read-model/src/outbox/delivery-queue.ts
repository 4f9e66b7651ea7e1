import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../runner/read-model-transaction.js';

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

  /** A retry that is due, else a new delivery of the queued changes that nothing holds; undefined when neither. */
  async next(subscriptionId: string, maxChanges: number): Promise<DueDelivery | undefined> {
    return (await this.dueRetry(subscriptionId)) ?? (await this.newDelivery(subscriptionId, maxChanges));
  }

  private async dueRetry(subscriptionId: string): Promise<DueDelivery | undefined> {
    const [due] = await this.db.query(
      `SELECT delivery_id, attempts FROM delivery_batches
        WHERE subscription_id = $1 AND state = 'pending' AND next_attempt_at <= now()
        ORDER BY created_at LIMIT 1`,
      [subscriptionId],
    );
    if (!due) return undefined;
    const changes = await this.db.query(
      `SELECT change FROM delivery_outbox WHERE delivery_id = $1 ORDER BY commit_position, prepare_position`,
      [due.delivery_id],
    );
    return {
      deliveryId: due.delivery_id,
      subscriptionId,
      attempt: due.attempts + 1,
      changes: changes.map((c: { change: object }) => c.change),
    };
  }

  private newDelivery(subscriptionId: string, maxChanges: number): Promise<DueDelivery | undefined> {
    const deliveryId = randomUUID();
    return inTransaction(this.db, async (db) => {
      const rows = await db.query<{ change: object; c: string; p: string }>(
        `WITH held AS (
           SELECT DISTINCT subject FROM delivery_outbox WHERE subscription_id = $1 AND state IN ('sent', 'dead')
         ), picked AS (
           SELECT seq FROM delivery_outbox
            WHERE subscription_id = $1 AND state = 'queued' AND subject NOT IN (SELECT subject FROM held)
            ORDER BY commit_position, prepare_position LIMIT $2
         )
         UPDATE delivery_outbox SET state = 'sent', delivery_id = $3
          WHERE seq IN (SELECT seq FROM picked)
          RETURNING change, commit_position::text AS c, prepare_position::text AS p`,
        [subscriptionId, maxChanges, deliveryId],
      );
      if (rows.length === 0) return undefined;
      await db.query(`INSERT INTO delivery_batches (delivery_id, subscription_id, state) VALUES ($1, $2, 'pending')`, [
        deliveryId,
        subscriptionId,
      ]);
      rows.sort((a, b) => comparePositionText(a.c, b.c) || comparePositionText(a.p, b.p));
      return { deliveryId, subscriptionId, attempt: 1, changes: rows.map((row) => row.change) };
    });
  }

  async delivered(deliveryId: string, status: number): Promise<void> {
    await inTransaction(this.db, async (db) => {
      await db.query(
        `UPDATE delivery_batches SET state = 'delivered', attempts = attempts + 1, last_attempt_at = now(), last_status = $2,
                last_error = NULL, delivered_at = now()
          WHERE delivery_id = $1`,
        [deliveryId, status],
      );
      await db.query(`UPDATE delivery_outbox SET state = 'delivered' WHERE delivery_id = $1`, [deliveryId]);
    });
  }

  /**
   * Records a failed attempt: retried after `retryInMs`, or a dead letter once `maxAttempts` attempts have failed.
   * Returns whether it is now dead.
   */
  async failed(deliveryId: string, failure: AttemptFailure, maxAttempts: number, retryInMs: number): Promise<boolean> {
    return inTransaction(this.db, async (db) => {
      const [row] = await db.query<{ state: string }>(
        `UPDATE delivery_batches
            SET attempts = attempts + 1, last_attempt_at = now(), last_status = $2, last_error = $3,
                state = CASE WHEN attempts + 1 >= $4 THEN 'dead' ELSE 'pending' END,
                dead_at = CASE WHEN attempts + 1 >= $4 THEN now() END,
                next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
          WHERE delivery_id = $1 AND state = 'pending'
          RETURNING state`,
        [deliveryId, failure.status ?? null, failure.error.slice(0, 1000), maxAttempts, retryInMs],
      );
      const dead = row?.state === 'dead';
      if (dead) await db.query(`UPDATE delivery_outbox SET state = 'dead' WHERE delivery_id = $1`, [deliveryId]);
      return dead;
    });
  }
}

function comparePositionText(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
