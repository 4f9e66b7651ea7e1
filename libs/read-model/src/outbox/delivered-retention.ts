import type { DataSource } from 'typeorm';
import { inTransaction } from '../runner/read-model-transaction.js';

/**
 * Deletes up to `maxDeliveries` deliveries accepted more than `retentionDays` ago, oldest first, with their outbox
 * rows and the changes no other row still names; returns how many deliveries it deleted. Only accepted deliveries
 * go: queued rows, deliveries being retried and dead letters (what a replay sends again) stay whatever their age, and
 * the order per subject never looks at accepted rows. One short transaction per call: the deliveries are claimed with
 * SKIP LOCKED and the changes they carried locked in one order, so two sweeps never delete the same rows, never wait
 * on each other in a cycle, and the later of two sweeps sharing a change sees the earlier's deletions and deletes it.
 */
export async function deleteDeliveredDeliveries(db: DataSource, retentionDays: number, maxDeliveries: number): Promise<number> {
  return inTransaction(db, async (tx) => {
    const picked = await tx.query<{ delivery_id: string }>(
      `SELECT delivery_id FROM delivery_batches
        WHERE state = 'delivered' AND delivered_at < now() - make_interval(days => $1)
        ORDER BY delivered_at LIMIT $2
          FOR UPDATE SKIP LOCKED`,
      [retentionDays, maxDeliveries],
    );
    if (picked.length === 0) return 0;
    const deliveries = picked.map((row) => row.delivery_id);
    const carried = await tx.query<{ event_id: string }>(
      `SELECT event_id FROM delivery_changes
        WHERE event_id IN (SELECT event_id FROM delivery_outbox WHERE delivery_id = ANY($1::uuid[]))
        ORDER BY event_id
          FOR UPDATE`,
      [deliveries],
    );
    await tx.query(`DELETE FROM delivery_outbox WHERE delivery_id = ANY($1::uuid[])`, [deliveries]);
    await tx.query(`DELETE FROM delivery_batches WHERE delivery_id = ANY($1::uuid[])`, [deliveries]);
    await tx.query(
      `DELETE FROM delivery_changes c
        WHERE c.event_id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM delivery_outbox o WHERE o.event_id = c.event_id)`,
      [carried.map((row) => row.event_id)],
    );
    return deliveries.length;
  });
}
