import type { RecordedEvent, StoredEvent } from '#event-store';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'stream_summaries';

/** One row per stream: how many events, the last type and revision, first and last recorded-at. */
export class StreamSummaryProjection implements Projection<StoredEvent, Table> {
  readonly name = 'stream-summary';
  readonly version = 1;
  readonly tables = ['stream_summaries'] as const;

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.stream_summaries} (
         stream_id text PRIMARY KEY,
         event_count bigint NOT NULL,
         last_revision bigint NOT NULL,
         last_event_type text NOT NULL,
         first_recorded_at timestamptz NOT NULL,
         last_recorded_at timestamptz NOT NULL
       )`,
    ];
  }

  async apply(events: readonly RecordedEvent[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    const latest = new Map<string, { count: number; first: RecordedEvent; last: RecordedEvent }>();
    for (const event of events) {
      const seen = latest.get(event.stream);
      if (seen) {
        seen.count++;
        seen.last = event;
      } else latest.set(event.stream, { count: 1, first: event, last: event });
    }
    if (latest.size === 0) return;
    const rows = [...latest.values()];
    await db.query(
      `INSERT INTO ${t.stream_summaries} AS s
         (stream_id, event_count, last_revision, last_event_type, first_recorded_at, last_recorded_at)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::timestamptz[], $6::timestamptz[])
       ON CONFLICT (stream_id) DO UPDATE SET
         event_count = s.event_count + excluded.event_count,
         last_revision = excluded.last_revision,
         last_event_type = excluded.last_event_type,
         last_recorded_at = excluded.last_recorded_at`,
      [
        rows.map((r) => r.last.stream),
        rows.map((r) => r.count),
        rows.map((r) => r.last.revision),
        rows.map((r) => r.last.type),
        rows.map((r) => r.first.recordedAt),
        rows.map((r) => r.last.recordedAt),
      ],
    );
  }
}
