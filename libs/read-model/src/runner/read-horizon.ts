import type { DataSource } from 'typeorm';
import type { GlobalPosition } from '#event-store';

/**
 * The PostgreSQL event log hands readers only rows below the oldest transaction still running anywhere
 * in the cluster (`pg_snapshot_xmin`), so one long transaction, even in another database, holds every
 * projection back. This names it.
 */
export interface HorizonHolder {
  readonly database: string | null;
  readonly pid: number;
  readonly xid: string;
  /** When its transaction began. */
  readonly since: Date | null;
  readonly state: string | null;
  readonly applicationName: string | null;
}

export interface ReadHorizon {
  /** Appended events readers cannot see yet because an older transaction is still open. */
  readonly heldBackEvents: number;
  /** The oldest running transaction that has an xid (what sets the horizon); undefined when none. */
  readonly holder?: HorizonHolder;
}

const NOT_YET_VISIBLE = `transaction_id >= pg_snapshot_xmin(pg_current_snapshot())`;

export async function readHorizon(dataSource: DataSource, limit = 10_000): Promise<ReadHorizon> {
  const [{ count }] = await dataSource.query(
    `SELECT count(*) AS count FROM (SELECT 1 FROM events WHERE ${NOT_YET_VISIBLE} LIMIT $1) held`,
    [limit],
  );
  const heldBackEvents = Number(count);
  if (heldBackEvents === 0) return { heldBackEvents };
  const [holder] = await dataSource.query(
    `SELECT datname AS database, pid, backend_xid::text AS xid, xact_start AS since, state, application_name
     FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()
     ORDER BY age(backend_xid) DESC LIMIT 1`,
  );
  return {
    heldBackEvents,
    holder: holder && {
      database: holder.database,
      pid: holder.pid,
      xid: holder.xid,
      since: holder.since,
      state: holder.state,
      applicationName: holder.application_name || null,
    },
  };
}

/** Every event after `after` in the PostgreSQL log, visible yet or not, counted up to `limit`. */
export async function eventsAppendedAfter(dataSource: DataSource, after: GlobalPosition, limit: number): Promise<number> {
  const [{ count }] = await dataSource.query(
    `SELECT count(*) AS count FROM (SELECT 1 FROM events
       WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint) LIMIT $3) behind`,
    [...positionParams(after), limit],
  );
  return Number(count);
}

/** When the first event after `after` in the PostgreSQL log was appended, visible yet or not. */
export async function firstAppendedAfter(dataSource: DataSource, after: GlobalPosition): Promise<Date | undefined> {
  const [first] = await dataSource.query(
    `SELECT recorded_at FROM events WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
     ORDER BY transaction_id, global_position LIMIT 1`,
    positionParams(after),
  );
  return first?.recorded_at;
}

function positionParams(position: GlobalPosition): [string, string] {
  return [position.commit < 0n ? '0' : position.commit.toString(), position.prepare.toString()];
}
