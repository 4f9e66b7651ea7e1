import type pg from 'pg';
import { comparePositions, type GlobalPosition } from '../global-position.js';
import { globalLink, recordedMicros, streamLink } from './event-chain.js';
import type { EventRow } from './event-rows.js';

export type ChainProblem =
  'content-changed' | 'event-missing' | 'event-inserted' | 'event-moved' | 'seal-changed' | 'seal-missing' | 'head-rewritten';

/** A head of the global chain recorded outside the database (`head` of an earlier verification). */
export interface RecordedHead {
  readonly sealNumber: string;
  readonly hash: string;
}

/** Where a chain breaks: the event (or the place of the missing one) and what differs. */
export interface BrokenLink {
  readonly chain: 'stream' | 'global';
  readonly problem: ChainProblem;
  readonly stream?: string;
  readonly revision?: number;
  readonly position?: GlobalPosition;
  readonly eventId?: string;
  readonly detail: string;
}

export interface LogVerification {
  /** Events checked along their stream chains. */
  readonly events: number;
  /** Seals checked along the global chain. */
  readonly sealed: number;
  /** Events after the last seal (the sealer has not reached them yet; their stream links are checked). */
  readonly unsealed: number;
  /** The end of the global chain: record it outside the database to prove later that nothing before it changed. */
  readonly head?: { readonly sealNumber: string; readonly position: GlobalPosition; readonly hash: string };
  /** Broken links found, counting each at most once per chain. */
  readonly broken: number;
  /** The earliest broken link of each chain in the log's order. */
  readonly firstBroken: { readonly stream?: BrokenLink; readonly global?: BrokenLink };
}

export interface VerifyProgress {
  readonly phase: 'streams' | 'seals';
  readonly done: number;
  readonly total: number;
}

const PAGE = 1000;

/**
 * Checks both chains of the log against the content stored now, recomputing every link itself: each
 * stream in revision order, then the seals in the global order. Reads page by page inside one read-only
 * snapshot, so memory stays flat and concurrent appends do not confuse it.
 */
export async function verifyEventLog(
  pool: pg.Pool,
  onProgress: (progress: VerifyProgress) => void = () => undefined,
  recordedHeads: readonly RecordedHead[] = [],
): Promise<LogVerification> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const streams = await verifyStreamChains(client, onProgress);
    const global = await verifyGlobalChain(client, onProgress, recordedHeads);
    await client.query('COMMIT');
    return {
      events: streams.checked,
      sealed: global.checked,
      unsealed: global.unsealed,
      head: global.head,
      broken: streams.broken.count + global.broken.count,
      firstBroken: { stream: streams.broken.first, global: global.broken.first },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Keeps the count and the earliest broken link in the log's order (links without a position come last). */
class Breaks {
  count = 0;
  first?: BrokenLink;

  add(link: BrokenLink): void {
    this.count++;
    if (!this.first || (link.position && (!this.first.position || comparePositions(link.position, this.first.position) < 0)))
      this.first = link;
  }
}

/** An event row as the hash sees it: data and metadata in PostgreSQL's own text form. */
interface StreamRow extends Omit<EventRow, 'data' | 'metadata' | 'recorded_at'> {
  data: string;
  metadata: string;
  recorded_micros: string;
  stream_hash: Buffer;
  stream_head: string | null;
}

async function verifyStreamChains(client: pg.ClientBase, onProgress: (progress: VerifyProgress) => void) {
  const total = await countOf(client, 'events');
  const broken = new Breaks();
  const columns = `e.global_position, e.transaction_id::text AS commit_position, e.stream_id, e.stream_revision, e.event_id::text AS event_id,
    e.event_type, e.data::text AS data, e.metadata::text AS metadata, ${recordedMicros('e.recorded_at')} AS recorded_micros, e.stream_hash,
    s.revision AS stream_head
    FROM events e LEFT JOIN event_streams s ON s.stream_id = e.stream_id`;
  let checked = 0;
  let previous: StreamRow | undefined;
  const endOfStream = (last: StreamRow) => {
    const head = last.stream_head === null ? undefined : Number(last.stream_head);
    const lastRevision = Number(last.stream_revision);
    if (head !== undefined && head > lastRevision) {
      broken.add({
        chain: 'stream',
        problem: 'event-missing',
        stream: last.stream_id,
        revision: lastRevision + 1,
        position: positionOf(last),
        detail: `revisions ${lastRevision + 1}..${head} of the stream are missing after event ${last.event_id} (the stream's head is ${head})`,
      });
    }
  };
  for (;;) {
    const { rows } = previous
      ? await client.query<StreamRow>(
          `SELECT ${columns} WHERE (e.stream_id, e.stream_revision) > ($1, $2) ORDER BY e.stream_id, e.stream_revision LIMIT ${PAGE}`,
          [previous.stream_id, previous.stream_revision],
        )
      : await client.query<StreamRow>(`SELECT ${columns} ORDER BY e.stream_id, e.stream_revision LIMIT ${PAGE}`);
    for (const row of rows) {
      const sameStream = previous?.stream_id === row.stream_id;
      if (previous && !sameStream) endOfStream(previous);
      const expectedRevision = sameStream ? Number(previous!.stream_revision) + 1 : 0;
      const revision = Number(row.stream_revision);
      if (revision !== expectedRevision) {
        broken.add({
          chain: 'stream',
          problem: 'event-missing',
          stream: row.stream_id,
          revision: expectedRevision,
          position: positionOf(row),
          detail: `revisions ${expectedRevision}..${revision - 1} of the stream are missing before event ${row.event_id} (revision ${revision})`,
        });
      } else {
        const link = streamLink(sameStream ? previous!.stream_hash : undefined, {
          eventId: row.event_id,
          stream: row.stream_id,
          revision: row.stream_revision,
          type: row.event_type,
          data: row.data,
          metadata: row.metadata,
          recordedMicros: row.recorded_micros,
        });
        if (!link.equals(row.stream_hash)) {
          broken.add({
            chain: 'stream',
            problem: 'content-changed',
            stream: row.stream_id,
            revision,
            position: positionOf(row),
            eventId: row.event_id,
            detail:
              'the stored stream link does not match the event as stored now: its id, type, data, metadata or recorded time was changed',
          });
        }
      }
      previous = row;
    }
    checked += rows.length;
    onProgress({ phase: 'streams', done: checked, total });
    if (rows.length < PAGE) break;
  }
  if (previous) endOfStream(previous);
  const { rows: emptied } = await client.query<{ stream_id: string; revision: string }>(
    `SELECT stream_id, revision FROM event_streams s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.stream_id = s.stream_id) ORDER BY stream_id`,
  );
  for (const stream of emptied) {
    broken.add({
      chain: 'stream',
      problem: 'event-missing',
      stream: stream.stream_id,
      revision: 0,
      detail: `all revisions 0..${stream.revision} of the stream are missing`,
    });
  }
  return { checked, broken };
}

interface SealRow {
  seal_number: string;
  sealed_commit: string;
  sealed_position: string;
  sealed_event_id: string;
  previous_hash: Buffer;
  hash: Buffer;
  commit_position: string | null;
  event_id: string | null;
  stream_id: string | null;
  stream_revision: string | null;
  stream_hash: Buffer | null;
}

async function verifyGlobalChain(
  client: pg.ClientBase,
  onProgress: (progress: VerifyProgress) => void,
  recordedHeads: readonly RecordedHead[],
) {
  const total = await countOf(client, 'event_seals');
  const broken = new Breaks();
  const heads = new Map(recordedHeads.map((head) => [BigInt(head.sealNumber), head.hash.toLowerCase()]));
  let checked = 0;
  let last: SealRow | undefined;
  for (;;) {
    const { rows } = await client.query<SealRow>(
      `SELECT s.seal_number, s.transaction_id::text AS sealed_commit, s.global_position AS sealed_position, s.event_id::text AS sealed_event_id,
              s.previous_hash, s.hash, e.transaction_id::text AS commit_position, e.event_id::text AS event_id, e.stream_id, e.stream_revision, e.stream_hash
         FROM event_seals s LEFT JOIN events e ON e.global_position = s.global_position
        WHERE s.seal_number > $1 ORDER BY s.seal_number LIMIT ${PAGE}`,
      [last?.seal_number ?? 0],
    );
    for (const seal of rows) {
      checkSeal(seal, last, broken);
      const recorded = heads.get(BigInt(seal.seal_number));
      heads.delete(BigInt(seal.seal_number));
      if (recorded !== undefined && recorded !== seal.hash.toString('hex')) {
        broken.add({
          chain: 'global',
          problem: 'head-rewritten',
          position: sealedPosition(seal),
          eventId: seal.sealed_event_id,
          detail: `seal ${seal.seal_number} was recorded with hash ${recorded} and now has ${seal.hash.toString('hex')}: the log up to it was rewritten, links included`,
        });
      }
      last = seal;
    }
    checked += rows.length;
    onProgress({ phase: 'seals', done: checked, total });
    if (rows.length < PAGE) break;
  }
  for (const [sealNumber, hash] of heads) {
    broken.add({
      chain: 'global',
      problem: 'head-rewritten',
      detail: `seal ${sealNumber}, recorded with hash ${hash}, is no longer in the log`,
    });
  }
  const after = last ? [last.sealed_commit, last.sealed_position] : ['0', '0'];
  const { rows: inserted } = await client.query<{
    global_position: string;
    commit_position: string;
    stream_id: string;
    stream_revision: string;
    event_id: string;
    count: string;
  }>(
    `SELECT e.global_position, e.transaction_id::text AS commit_position, e.stream_id, e.stream_revision, e.event_id::text AS event_id, count(*) OVER () AS count
       FROM events e
      WHERE (e.transaction_id, e.global_position) <= ($1::text::xid8, $2::bigint)
        AND NOT EXISTS (SELECT 1 FROM event_seals s WHERE s.global_position = e.global_position)
      ORDER BY e.transaction_id, e.global_position LIMIT 1`,
    after,
  );
  if (inserted[0]) {
    const event = inserted[0];
    broken.add({
      chain: 'global',
      problem: 'event-inserted',
      stream: event.stream_id,
      revision: Number(event.stream_revision),
      position: positionOf(event),
      eventId: event.event_id,
      detail: `the event sits among sealed events but was never sealed: it was inserted after the fact (${event.count} such event(s))`,
    });
    broken.count += Number(event.count) - 1;
  }
  const { rows: behind } = await client.query<{ count: string }>(
    `SELECT count(*) AS count FROM events WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)`,
    after,
  );
  return {
    checked,
    broken,
    unsealed: Number(behind[0].count),
    head: last && { sealNumber: last.seal_number, position: sealedPosition(last), hash: last.hash.toString('hex') },
  };
}

function checkSeal(seal: SealRow, previous: SealRow | undefined, broken: Breaks): void {
  const place = { chain: 'global' as const, position: sealedPosition(seal), eventId: seal.sealed_event_id };
  const of = seal.stream_id === null ? {} : { stream: seal.stream_id, revision: Number(seal.stream_revision) };
  const expectedNumber = previous ? BigInt(previous.seal_number) + 1n : 1n;
  if (BigInt(seal.seal_number) !== expectedNumber) {
    broken.add({
      ...place,
      ...of,
      problem: 'seal-missing',
      detail: `seals ${expectedNumber}..${BigInt(seal.seal_number) - 1n} are missing before seal ${seal.seal_number}`,
    });
  } else if (!seal.previous_hash.equals(previous?.hash ?? Buffer.alloc(0))) {
    broken.add({ ...place, ...of, problem: 'seal-changed', detail: `seal ${seal.seal_number} does not link to the seal before it` });
  }
  if (seal.event_id === null || seal.stream_hash === null) {
    broken.add({
      ...place,
      problem: 'event-missing',
      detail: `sealed event ${seal.sealed_event_id} (seal ${seal.seal_number}) is missing from the log`,
    });
    return;
  }
  if (seal.event_id !== seal.sealed_event_id || seal.commit_position !== seal.sealed_commit) {
    broken.add({
      ...place,
      ...of,
      problem: 'event-moved',
      detail: `seal ${seal.seal_number} holds event ${seal.sealed_event_id} in transaction ${seal.sealed_commit}; the log now has event ${seal.event_id} in transaction ${seal.commit_position} there`,
    });
    return;
  }
  const link = globalLink(previous?.hash, {
    sealNumber: seal.seal_number,
    transactionId: seal.sealed_commit,
    globalPosition: seal.sealed_position,
    eventId: seal.sealed_event_id,
    streamHash: seal.stream_hash,
  });
  if (!link.equals(seal.hash)) {
    broken.add({
      ...place,
      ...of,
      problem: 'content-changed',
      detail: `the event's stream link (its content or its stream's history) changed after seal ${seal.seal_number}, or the seal was changed`,
    });
  }
}

async function countOf(client: pg.ClientBase, table: 'events' | 'event_seals'): Promise<number> {
  const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${table}`);
  return Number(rows[0].count);
}

function positionOf(row: { commit_position: string; global_position: string }): GlobalPosition {
  return { commit: BigInt(row.commit_position), prepare: BigInt(row.global_position) };
}

function sealedPosition(seal: SealRow): GlobalPosition {
  return { commit: BigInt(seal.sealed_commit), prepare: BigInt(seal.sealed_position) };
}
