import type { ExpectedRevision } from '../event-store.port.js';

/**
 * One statement moves the stream's revision (checking the expectation) and inserts the events, so an
 * append outside a transaction is a single round trip. No row back means the expectation failed.
 */
export function appendStatement(expected: ExpectedRevision): string {
  const bump =
    expected === 'no_stream'
      ? `INSERT INTO event_streams (stream_id, revision) VALUES ($1, $2 - 1)
           ON CONFLICT (stream_id) DO NOTHING RETURNING revision`
      : expected === 'any'
        ? `INSERT INTO event_streams (stream_id, revision) VALUES ($1, $2 - 1)
             ON CONFLICT (stream_id) DO UPDATE SET revision = event_streams.revision + $2 RETURNING revision`
        : `UPDATE event_streams SET revision = revision + $2
             WHERE stream_id = $1 AND revision = $7 RETURNING revision`;
  return `WITH stream AS (${bump})
    INSERT INTO events (stream_id, stream_revision, event_id, event_type, data, metadata)
    SELECT $1, stream.revision - $2 + e.ordinality, e.id, e.type, e.data, e.metadata
    FROM stream, unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[]) WITH ORDINALITY
      AS e(id, type, data, metadata, ordinality)
    RETURNING global_position, transaction_id::text AS commit_position, stream_revision`;
}
