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
    ORDER BY e.ordinality
    RETURNING global_position, transaction_id::text AS commit_position, stream_revision`;
}

/** Expected revisions travel as one bigint array: a revision, or one of these. */
export const EXPECT_NO_STREAM = -1;
export const EXPECT_ANY = -2;

/**
 * Many streams in one statement: each stream's revision moves only if its expectation holds, and only
 * those streams' events are inserted; a stream that returns no rows was refused. Parameters: streams,
 * event counts, expectations; then per event its stream, 1-based place in that stream's part, id,
 * type, data and metadata.
 */
export const MULTI_STREAM_APPEND = `
  WITH request AS (
    SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS r(stream_id, n, expected)
  ), exact AS (
    UPDATE event_streams s SET revision = s.revision + r.n FROM request r
    WHERE s.stream_id = r.stream_id AND r.expected >= 0 AND s.revision = r.expected
    RETURNING s.stream_id, s.revision
  ), created AS (
    INSERT INTO event_streams (stream_id, revision)
    SELECT stream_id, n - 1 FROM request WHERE expected = ${EXPECT_NO_STREAM}
    ON CONFLICT (stream_id) DO NOTHING RETURNING stream_id, revision
  ), unchecked AS (
    INSERT INTO event_streams (stream_id, revision)
    SELECT stream_id, n - 1 FROM request WHERE expected = ${EXPECT_ANY}
    ON CONFLICT (stream_id) DO UPDATE SET revision = event_streams.revision + excluded.revision + 1
    RETURNING stream_id, revision
  ), moved AS (
    SELECT * FROM exact UNION ALL SELECT * FROM created UNION ALL SELECT * FROM unchecked
  )
  INSERT INTO events (stream_id, stream_revision, event_id, event_type, data, metadata)
  SELECT e.stream_id, m.revision - r.n + e.place, e.id, e.type, e.data, e.metadata
  FROM ROWS FROM (jsonb_to_recordset($4::jsonb) AS (stream_id text, place bigint, id uuid, type text, data jsonb, metadata jsonb))
    WITH ORDINALITY AS e(stream_id, place, id, type, data, metadata, seq)
  JOIN moved m ON m.stream_id = e.stream_id
  JOIN request r ON r.stream_id = e.stream_id
  ORDER BY e.seq
  RETURNING stream_id, global_position, transaction_id::text AS commit_position, stream_revision`;
