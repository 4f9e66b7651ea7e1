import type { DataSource } from 'typeorm';
import type { Subscription } from '#credit';
import { LOG_START, type GlobalPosition } from '#event-store';
import type { ProjectionTransaction } from '../projections/projection.js';
import { inTransaction } from '../runner/read-model-transaction.js';
import { subscriptionOfRow, type SubscriptionRow } from './subscription-row.js';

/** One change and the subscriptions that receive it: the outbox keeps it for each of them until it is delivered. */
export interface OutboxEntry {
  readonly recipients: readonly string[];
  readonly eventId: string;
  readonly position: GlobalPosition;
  readonly subject: string;
  /** The change as delivered (the contract's shape), persons' numbers already masked. */
  readonly change: object;
}

/** What the fan-out writes for one batch of the log, with its checkpoint, in one transaction. */
export interface FanOutWrites {
  /** The subscriptions the batch created or changed, as they are after it. */
  readonly subscriptions: readonly Subscription[];
  readonly entries: readonly OutboxEntry[];
  /** Dead letters re-queued by DeadLettersReplayed (every dead one of the subscription when `deliveryIds` is absent). */
  readonly replays: readonly { readonly subscriptionId: string; readonly deliveryIds?: readonly string[] }[];
}

/** The fan-out's tables: its checkpoint, the subscriptions as of it, and the outbox rows it inserts. */
export class FanOutStore {
  constructor(private readonly db: DataSource) {}

  async checkpoint(): Promise<GlobalPosition> {
    const [row] = await this.db.query(`SELECT commit_position::text AS c, prepare_position::text AS p FROM delivery_fanout`);
    return row ? { commit: BigInt(row.c), prepare: BigInt(row.p) } : LOG_START;
  }

  async subscriptions(): Promise<Subscription[]> {
    const rows: SubscriptionRow[] = await this.db.query(`SELECT * FROM delivery_subscriptions`);
    return rows.map(subscriptionOfRow);
  }

  /** Writes the batch and moves the checkpoint from `from` to `to`; false (nothing written) when another process moved it. */
  commit(from: GlobalPosition, to: GlobalPosition, writes: FanOutWrites): Promise<boolean> {
    return inTransaction(this.db, async (db) => {
      const moved = await db.query(
        `INSERT INTO delivery_fanout AS f (id, commit_position, prepare_position) VALUES (1, $3, $4)
         ON CONFLICT (id) DO UPDATE SET commit_position = $3, prepare_position = $4, updated_at = now()
           WHERE f.commit_position = $1 AND f.prepare_position = $2
         RETURNING 1`,
        [String(from.commit), String(from.prepare), String(to.commit), String(to.prepare)],
      );
      if (moved.length === 0) return false;
      for (const subscription of writes.subscriptions) await upsertSubscription(db, subscription);
      await insertEntries(db, writes.entries);
      for (const replay of writes.replays) await requeueDeadLetters(db, replay.subscriptionId, replay.deliveryIds);
      return true;
    });
  }
}

async function upsertSubscription(db: ProjectionTransaction, s: Subscription): Promise<void> {
  await db.query(
    `INSERT INTO delivery_subscriptions
       (id, department, url, list_types, scenarios, own_measures, registrations, secret_version, created_at, cancelled_at)
     VALUES ($1, $2, $3, $4::text[], $5::text[], $6, $7, $8, $9, $10)
     ON CONFLICT (id) DO UPDATE SET secret_version = EXCLUDED.secret_version, cancelled_at = EXCLUDED.cancelled_at`,
    [
      s.id,
      s.department,
      s.url,
      s.listTypes ?? null,
      s.scenarios ?? null,
      s.ownMeasures,
      s.registrations,
      s.secretVersion,
      s.createdAt,
      s.cancelledAt ?? null,
    ],
  );
}

/** Each change once, then one row per (subscription, change) in log order. */
async function insertEntries(db: ProjectionTransaction, entries: readonly OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.flatMap((e) => e.recipients.map((subscriptionId) => ({ subscriptionId, entry: e })));
  await db.query(
    `WITH changes AS (
       INSERT INTO delivery_changes (event_id, change) SELECT * FROM unnest($1::text[], $2::jsonb[]) ON CONFLICT DO NOTHING
     )
     INSERT INTO delivery_outbox (subscription_id, event_id, commit_position, prepare_position, subject)
     SELECT s, e, c, p, subj FROM unnest($3::uuid[], $4::text[], $5::bigint[], $6::bigint[], $7::text[])
       WITH ORDINALITY AS u(s, e, c, p, subj, n)
      ORDER BY n
     ON CONFLICT DO NOTHING`,
    [
      entries.map((e) => e.eventId),
      entries.map((e) => JSON.stringify(e.change)),
      rows.map((r) => r.subscriptionId),
      rows.map((r) => r.entry.eventId),
      rows.map((r) => String(r.entry.position.commit)),
      rows.map((r) => String(r.entry.position.prepare)),
      rows.map((r) => r.entry.subject),
    ],
  );
}

/** Replay: the dead deliveries go back to pending with a fresh count of attempts, their rows with them. */
async function requeueDeadLetters(db: ProjectionTransaction, subscriptionId: string, deliveryIds?: readonly string[]): Promise<void> {
  const requeued = await db.query<{ delivery_id: string }>(
    `UPDATE delivery_batches SET state = 'pending', attempts = 0, next_attempt_at = now(), dead_at = NULL
      WHERE subscription_id = $1 AND state = 'dead' AND ($2::uuid[] IS NULL OR delivery_id = ANY($2::uuid[]))
      RETURNING delivery_id`,
    [subscriptionId, deliveryIds ?? null],
  );
  if (requeued.length === 0) return;
  await db.query(`UPDATE delivery_outbox SET state = 'sent' WHERE delivery_id = ANY($1::uuid[]) AND state = 'dead'`, [
    requeued.map((r) => r.delivery_id),
  ]);
}
