import type { DataSource } from 'typeorm';
import { isAfter, type EventStore, type GlobalPosition } from '#event-store';

/**
 * Whether a write can have answered this position, so that waiting for it makes sense. Up to the
 * store's head it can. On PostgreSQL the head stops at the visibility horizon (the oldest transaction
 * still running), so a position just committed may lie beyond it: only a commit part the database
 * has not handed out yet (at or past the snapshot's xmax) is impossible. The read models live in the
 * same database as a PostgreSQL event store.
 */
export async function mayHaveBeenWritten(store: EventStore, db: DataSource, position: GlobalPosition): Promise<boolean> {
  const head = await store.headPosition();
  if (head && !isAfter(position, head)) return true;
  if (!store.positionsAreTransactionIds) return false;
  const [{ next }]: { next: string }[] = await db.query('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next');
  return position.commit < BigInt(next);
}
