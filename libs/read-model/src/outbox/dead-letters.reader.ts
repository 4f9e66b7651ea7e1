import type { DataSource } from 'typeorm';

/** A delivery that failed as often as allowed: it and the later changes of its subjects wait for a replay. */
export interface DeadLetter {
  readonly deliveryId: string;
  readonly attempts: number;
  readonly lastStatus?: number;
  readonly lastError?: string;
  readonly firstQueuedAt: string;
  readonly lastAttemptAt?: string;
  readonly deadAt: string;
  readonly changes: readonly object[];
}

export interface DeliveryStats {
  /** Changes waiting for delivery (queued, retrying or dead) over active subscriptions. */
  readonly undelivered: number;
  /** Seconds since the oldest undelivered change was queued; 0 when none waits. */
  readonly oldestUndeliveredSeconds: number;
  readonly deadLetters: number;
}

export class DeadLettersReader {
  constructor(private readonly db: DataSource) {}

  async ofSubscription(subscriptionId: string): Promise<DeadLetter[]> {
    const rows = await this.db.query(
      `SELECT b.delivery_id, b.attempts, b.last_status, b.last_error, b.created_at, b.last_attempt_at, b.dead_at,
              (SELECT json_agg(c.change ORDER BY o.commit_position, o.prepare_position)
                 FROM delivery_outbox o JOIN delivery_changes c ON c.event_id = o.event_id
                WHERE o.delivery_id = b.delivery_id) AS changes
         FROM delivery_batches b
        WHERE b.subscription_id = $1 AND b.state = 'dead'
        ORDER BY b.dead_at, b.created_at`,
      [subscriptionId],
    );
    return rows.map((r: Record<string, never>) => ({
      deliveryId: r.delivery_id,
      attempts: r.attempts,
      ...(r.last_status === null ? {} : { lastStatus: r.last_status }),
      ...(r.last_error === null ? {} : { lastError: r.last_error }),
      firstQueuedAt: new Date(r.created_at).toISOString(),
      ...(r.last_attempt_at === null ? {} : { lastAttemptAt: new Date(r.last_attempt_at).toISOString() }),
      deadAt: new Date(r.dead_at).toISOString(),
      changes: typeof r.changes === 'string' ? JSON.parse(r.changes) : (r.changes ?? []),
    }));
  }

  async deliveryIds(subscriptionId: string): Promise<Set<string>> {
    const rows: { delivery_id: string }[] = await this.db.query(
      `SELECT delivery_id FROM delivery_batches WHERE subscription_id = $1 AND state = 'dead'`,
      [subscriptionId],
    );
    return new Set(rows.map((r) => r.delivery_id));
  }

  async stats(): Promise<DeliveryStats> {
    const [row] = await this.db.query(
      // Each arm reads its own partial index: delivered rows, most of the table, are never looked at.
      `WITH undelivered AS (
         SELECT o.queued_at FROM delivery_outbox o WHERE o.state = 'queued'
            AND o.subscription_id IN (SELECT id FROM delivery_subscriptions WHERE cancelled_at IS NULL)
         UNION ALL
         SELECT o.queued_at FROM delivery_outbox o WHERE o.state IN ('sent', 'dead')
            AND o.subscription_id IN (SELECT id FROM delivery_subscriptions WHERE cancelled_at IS NULL)
       )
       SELECT count(*)::int AS undelivered,
              COALESCE(EXTRACT(EPOCH FROM now() - min(queued_at)), 0)::float8 AS oldest,
              (SELECT count(*)::int FROM delivery_batches d JOIN delivery_subscriptions s ON s.id = d.subscription_id
                WHERE d.state = 'dead' AND s.cancelled_at IS NULL) AS dead
         FROM undelivered`,
    );
    return { undelivered: row.undelivered, oldestUndeliveredSeconds: Math.round(row.oldest ?? 0), deadLetters: row.dead };
  }
}
