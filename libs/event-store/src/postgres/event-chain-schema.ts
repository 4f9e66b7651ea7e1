import { CHAIN_SQL_FUNCTIONS } from './event-chain.js';

/** Only one sealer extends the global chain at a time; the others find the lock taken and wait for the next append. */
export const SEALER_LOCK = 7_764_300_000_200;

/**
 * The tamper-evident log (see event-chain.ts for the links). `events.stream_hash` chains each event to
 * the previous event of its stream; a BEFORE INSERT trigger computes it, so every write path (single,
 * multi-stream, in a caller's transaction) is chained at no extra round trip: the append already holds
 * the stream's row lock, so the previous event is known and committed. `event_seals` chains the events in
 * the log's gap-free (transaction id, position) order; computing that inside concurrent appends would
 * serialise every writer, so `seal_events` follows the log like a projection instead: one transaction
 * per batch, continuing from the last seal (crash-safe, and idempotent under a lock).
 */
export const EVENT_CHAIN_SCHEMA = [
  ...CHAIN_SQL_FUNCTIONS,
  `ALTER TABLE events ADD COLUMN stream_hash bytea`,
  // Events stored before the chain existed, in each stream's order.
  `DO $$
   DECLARE
     event record;
     previous bytea;
     previous_stream text;
   BEGIN
     FOR event IN SELECT global_position, event_id, stream_id, stream_revision, event_type, data, metadata, recorded_at
                  FROM events ORDER BY stream_id, stream_revision LOOP
       IF previous_stream IS DISTINCT FROM event.stream_id THEN previous := NULL; END IF;
       previous := event_stream_link(previous, event.event_id, event.stream_id, event.stream_revision,
                                     event.event_type, event.data, event.metadata, event.recorded_at);
       previous_stream := event.stream_id;
       UPDATE events SET stream_hash = previous WHERE global_position = event.global_position;
     END LOOP;
   END $$`,
  `ALTER TABLE events ALTER COLUMN stream_hash SET NOT NULL`,
  `CREATE FUNCTION events_link_to_stream() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     NEW.stream_hash := event_stream_link(
       (SELECT stream_hash FROM events WHERE stream_id = NEW.stream_id AND stream_revision = NEW.stream_revision - 1),
       NEW.event_id, NEW.stream_id, NEW.stream_revision, NEW.event_type, NEW.data, NEW.metadata, NEW.recorded_at);
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER events_stream_chain BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION events_link_to_stream()`,
  `CREATE TABLE event_seals (
     seal_number bigint PRIMARY KEY,
     transaction_id xid8 NOT NULL,
     global_position bigint NOT NULL UNIQUE,
     event_id uuid NOT NULL,
     previous_hash bytea NOT NULL,
     hash bytea NOT NULL,
     sealed_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE FUNCTION seal_events(max_count integer) RETURNS integer LANGUAGE plpgsql AS $$
   DECLARE
     last event_seals%ROWTYPE;
     event record;
     sealed integer := 0;
   BEGIN
     IF NOT pg_try_advisory_xact_lock(${SEALER_LOCK}) THEN RETURN 0; END IF;
     SELECT * INTO last FROM event_seals ORDER BY seal_number DESC LIMIT 1;
     FOR event IN SELECT global_position, transaction_id, event_id, stream_hash FROM events
                  WHERE (transaction_id, global_position) > (coalesce(last.transaction_id, '0'::xid8), coalesce(last.global_position, 0))
                    AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
                  ORDER BY transaction_id, global_position LIMIT max_count LOOP
       INSERT INTO event_seals (seal_number, transaction_id, global_position, event_id, previous_hash, hash)
       VALUES (coalesce(last.seal_number, 0) + 1, event.transaction_id, event.global_position, event.event_id,
               coalesce(last.hash, ''::bytea),
               event_global_link(last.hash, coalesce(last.seal_number, 0) + 1, event.transaction_id,
                                 event.global_position, event.event_id, event.stream_hash))
       RETURNING * INTO last;
       sealed := sealed + 1;
     END LOOP;
     RETURN sealed;
   END $$`,
  // Events stored before the chain existed, in the log's order.
  `SELECT seal_events(2147483647)`,
];

export const EVENT_CHAIN_SCHEMA_DOWN = [
  `DROP FUNCTION seal_events(integer)`,
  `DROP TABLE event_seals`,
  `DROP TRIGGER events_stream_chain ON events`,
  `DROP FUNCTION events_link_to_stream()`,
  `ALTER TABLE events DROP COLUMN stream_hash`,
  `DROP FUNCTION event_global_link(bytea, bigint, xid8, bigint, uuid, bytea)`,
  `DROP FUNCTION event_stream_link(bytea, uuid, text, bigint, text, jsonb, jsonb, timestamptz)`,
];
