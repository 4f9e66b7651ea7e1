import { createHash } from 'node:crypto';

/**
 * The links of the tamper-evident log, version 1. Each event's stream link is
 * sha256(previous stream link, id, stream, revision, type, data, metadata, recorded time): the database
 * computes it on insert (a trigger, so every write path is chained) and `verify` recomputes it here,
 * without trusting the database's functions. Each seal's global link is
 * sha256(previous global link, seal number, transaction id, position, event id, stream link), written
 * by the sealer in the log's gap-free order. Fields are netstrings (`<bytes>:<text>,`), so no two
 * different contents serialise alike; links are hex in the serialisation, bytea in the tables; the
 * first link of a chain has an empty previous link; lengths are UTF-8 bytes (the database's encoding must
 * be UTF8, as Chinese text needs anyway). Both sides below must change together.
 */
export const CHAIN_SQL_FUNCTIONS = [
  // Written out field by field in plpgsql: nested SQL helper functions cost twice as much on every append.
  `CREATE FUNCTION event_stream_link(previous bytea, event_id uuid, stream_id text, stream_revision bigint,
       event_type text, data jsonb, metadata jsonb, recorded_at timestamptz) RETURNS bytea LANGUAGE plpgsql STABLE AS $$
   DECLARE
     p text := coalesce(encode(previous, 'hex'), '');
     i text := event_id::text;
     r text := stream_revision::text;
     d text := data::text;
     m text := metadata::text;
     t text := ${recordedMicros('recorded_at')};
   BEGIN
     RETURN sha256(convert_to(
       octet_length(p) || ':' || p || ',' || octet_length(i) || ':' || i || ',' ||
       octet_length(stream_id) || ':' || stream_id || ',' || octet_length(r) || ':' || r || ',' ||
       octet_length(event_type) || ':' || event_type || ',' || octet_length(d) || ':' || d || ',' ||
       octet_length(m) || ':' || m || ',' || octet_length(t) || ':' || t || ',', 'UTF8'));
   END $$`,
  `CREATE FUNCTION event_global_link(previous bytea, seal_number bigint, transaction_id xid8, global_position bigint,
       event_id uuid, stream_hash bytea) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
   DECLARE
     p text := coalesce(encode(previous, 'hex'), '');
     n text := seal_number::text;
     x text := transaction_id::text;
     g text := global_position::text;
     i text := event_id::text;
     h text := encode(stream_hash, 'hex');
   BEGIN
     RETURN sha256(convert_to(
       octet_length(p) || ':' || p || ',' || octet_length(n) || ':' || n || ',' || octet_length(x) || ':' || x || ',' ||
       octet_length(g) || ':' || g || ',' || octet_length(i) || ':' || i || ',' || octet_length(h) || ':' || h || ',', 'UTF8'));
   END $$`,
];

/** The recorded time as whole microseconds since the epoch, in SQL: exact, and independent of the session's time zone. */
export function recordedMicros(column: string): string {
  return `(extract(epoch FROM ${column}) * 1000000)::bigint::text`;
}

/** An event as the stream link serialises it: every field as the database renders it to text. */
export interface ChainedContent {
  readonly eventId: string;
  readonly stream: string;
  readonly revision: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly recordedMicros: string;
}

export function streamLink(previous: Buffer | undefined, event: ChainedContent): Buffer {
  return sha256Of([
    hex(previous),
    event.eventId,
    event.stream,
    event.revision,
    event.type,
    event.data,
    event.metadata,
    event.recordedMicros,
  ]);
}

export interface SealedPlace {
  readonly sealNumber: string;
  readonly transactionId: string;
  readonly globalPosition: string;
  readonly eventId: string;
  readonly streamHash: Buffer;
}

export function globalLink(previous: Buffer | undefined, seal: SealedPlace): Buffer {
  return sha256Of([hex(previous), seal.sealNumber, seal.transactionId, seal.globalPosition, seal.eventId, hex(seal.streamHash)]);
}

function sha256Of(fields: readonly string[]): Buffer {
  const hash = createHash('sha256');
  for (const field of fields) hash.update(`${Buffer.byteLength(field, 'utf8')}:${field},`, 'utf8');
  return hash.digest();
}

function hex(link: Buffer | undefined): string {
  return link ? link.toString('hex') : '';
}
