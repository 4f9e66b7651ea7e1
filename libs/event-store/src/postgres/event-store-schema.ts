/**
 * The event log in PostgreSQL. Every row is stamped with the id of the transaction that appended it
 * (`pg_current_xact_id()`); readers of the global log only take rows below the oldest transaction
 * still running (`pg_snapshot_xmin`), ordered by (transaction_id, global_position). A sequence value
 * alone becomes visible at commit, not at insert, so "last id seen" readers lose late commits.
 */
export const EVENT_STORE_SCHEMA = [
  `CREATE TABLE event_streams (
     stream_id text PRIMARY KEY,
     revision bigint NOT NULL
   )`,
  `CREATE TABLE events (
     global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
     stream_id text NOT NULL,
     stream_revision bigint NOT NULL,
     event_id uuid NOT NULL,
     event_type text NOT NULL,
     data jsonb NOT NULL,
     metadata jsonb NOT NULL,
     recorded_at timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT events_stream_revision_key UNIQUE (stream_id, stream_revision),
     CONSTRAINT events_event_id_key UNIQUE (event_id)
   )`,
  `CREATE INDEX events_log_order ON events (transaction_id, global_position)`,
];

export const EVENT_STORE_SCHEMA_DOWN = [`DROP TABLE events`, `DROP TABLE event_streams`];

export const EVENTS_APPENDED_CHANNEL = 'events_appended';
