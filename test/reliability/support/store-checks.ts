import type pg from 'pg';

export interface StoreIntegrity {
  readonly events: number;
  readonly distinctEventIds: number;
  /** Fact events (those with a source record) and their distinct (department, sourceRecordId). */
  readonly facts: number;
  readonly distinctFacts: number;
  /** Streams whose revisions are not exactly 0..n-1. */
  readonly streamsWithGaps: number;
  /** Streams whose `event_streams.revision` is not their last event's revision. */
  readonly streamHeadsOff: number;
  readonly eventsByType: Record<string, number>;
}

/** What must hold in any event store, however its writers died: nothing twice, no gaps. */
export async function storeIntegrity(db: pg.Client): Promise<StoreIntegrity> {
  const one = async (sql: string) => Number((await db.query(sql)).rows[0].n);
  const types = await db.query<{ type: string; n: string }>(`SELECT event_type AS type, count(*) AS n FROM events GROUP BY 1 ORDER BY 1`);
  return {
    events: await one(`SELECT count(*) AS n FROM events`),
    distinctEventIds: await one(`SELECT count(DISTINCT event_id) AS n FROM events`),
    facts: await one(`SELECT count(*) AS n FROM events WHERE data ? 'sourceRecordId'`),
    distinctFacts: await one(
      `SELECT count(*) AS n FROM (SELECT DISTINCT data->>'department', data->>'sourceRecordId' FROM events WHERE data ? 'sourceRecordId') f`,
    ),
    streamsWithGaps: await one(
      `SELECT count(*) AS n FROM (SELECT stream_id FROM events GROUP BY stream_id
         HAVING min(stream_revision) <> 0 OR max(stream_revision) <> count(*) - 1 OR count(DISTINCT stream_revision) <> count(*)) s`,
    ),
    streamHeadsOff: await one(
      `SELECT count(*) AS n FROM event_streams s
         FULL JOIN (SELECT stream_id, max(stream_revision) AS last FROM events GROUP BY stream_id) e USING (stream_id)
        WHERE s.revision IS DISTINCT FROM e.last`,
    ),
    eventsByType: Object.fromEntries(types.rows.map((r) => [r.type.replace(/^credit\.|\.v\d+$/g, ''), Number(r.n)])),
  };
}

/** Every event as (stream, revision, type, md5 of its data): equal sets mean equal content in the same order per stream. */
export async function eventContent(db: pg.Client): Promise<string[]> {
  const { rows } = await db.query<{ row: string }>(
    `SELECT concat_ws(' ', stream_id, stream_revision, event_type, md5(data::text)) AS row FROM events ORDER BY stream_id, stream_revision`,
  );
  return rows.map((r) => r.row);
}

/** The ids of the given events that the store does not hold. */
export async function missingEventIds(db: pg.Client, eventIds: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM unnest($1::uuid[]) AS wanted(id) WHERE NOT EXISTS (SELECT 1 FROM events WHERE event_id = wanted.id)`,
    [eventIds],
  );
  return rows.map((r) => r.id);
}

/** Rows only in `left` and only in `right` (as multisets), the first few of each, for a readable failure. */
export function difference(left: readonly string[], right: readonly string[]): { onlyLeft: string[]; onlyRight: string[] } {
  const counts = new Map<string, number>();
  for (const row of left) counts.set(row, (counts.get(row) ?? 0) + 1);
  const onlyRight: string[] = [];
  for (const row of right) {
    const n = counts.get(row) ?? 0;
    if (n > 0) counts.set(row, n - 1);
    else onlyRight.push(row);
  }
  const onlyLeft = [...counts].flatMap(([row, n]) => Array<string>(n).fill(row));
  return { onlyLeft: onlyLeft.slice(0, 5), onlyRight: onlyRight.slice(0, 5) };
}
