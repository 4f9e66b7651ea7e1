import type { DataSource } from 'typeorm';
import { formatPosition, type RecordedEvent } from '#event-store';
import type { ProjectionTransaction } from '../projections/projection.js';
import type { Generation } from './projection-generations.js';
import type { ProjectionFailure } from './projection-failure.js';

/** An event a projection could not apply, skipped by its checkpoint until it is replayed. */
export interface ParkedEvent {
  readonly projection: string;
  readonly generation: number;
  readonly eventId: string;
  /** `commit-prepare`, as in `formatPosition`. */
  readonly position: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly errorCode: string;
  readonly error: string;
  readonly firstFailedAt: Date;
  readonly lastFailedAt: Date;
  readonly attempts: number;
}

/** How many events a projection's active generation has parked, and the code of the first one. */
export interface ParkedCount {
  readonly projection: string;
  readonly count: number;
  readonly firstErrorCode: string;
  readonly since: Date;
}

interface ParkedRow {
  projection: string;
  generation: number;
  event_id: string;
  commit_position: string;
  prepare_position: string;
  stream_id: string;
  stream_revision: string;
  event_type: string;
  error_code: string;
  error: string;
  first_failed_at: Date;
  last_failed_at: Date;
  attempts: number;
}

const IN_ACTIVE_GENERATION = `EXISTS (SELECT 1 FROM projections p WHERE p.name = e.projection AND p.active_generation = e.generation)`;

/** The dead-letter table `projection_parked_events`: rows of the active generations are the ones that count. */
export class ParkedEvents {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the event as parked, in the transaction that moves the checkpoint past it. */
  static async park(db: ProjectionTransaction, generation: Generation, event: RecordedEvent, failure: ProjectionFailure): Promise<void> {
    await db.query(
      `INSERT INTO projection_parked_events AS e
         (projection, generation, event_id, commit_position, prepare_position, stream_id, stream_revision, event_type, error_code, error)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (projection, generation, event_id) DO UPDATE
         SET error_code = excluded.error_code, error = excluded.error, last_failed_at = now(), attempts = e.attempts + 1`,
      [
        generation.projection,
        generation.generation,
        event.id,
        event.position.commit,
        event.position.prepare,
        event.stream,
        event.revision,
        event.type,
        failure.code,
        failure.message,
      ],
    );
  }

  /** Parked events of the active generations, in log order; of one projection if named. */
  async list(projection?: string): Promise<ParkedEvent[]> {
    const rows: ParkedRow[] = await this.dataSource.query(
      `SELECT * FROM projection_parked_events e WHERE ${IN_ACTIVE_GENERATION} AND ($1::text IS NULL OR e.projection = $1)
       ORDER BY projection, commit_position, prepare_position`,
      [projection ?? null],
    );
    return rows.map(toParkedEvent);
  }

  async counts(): Promise<ParkedCount[]> {
    const rows: Array<{ projection: string; count: string; first_error_code: string; since: Date }> = await this.dataSource.query(
      `SELECT projection, count(*) AS count, min(first_failed_at) AS since,
              (array_agg(error_code ORDER BY commit_position, prepare_position))[1] AS first_error_code
       FROM projection_parked_events e WHERE ${IN_ACTIVE_GENERATION}
       GROUP BY projection ORDER BY projection`,
    );
    return rows.map((row) => ({
      projection: row.projection,
      count: Number(row.count),
      firstErrorCode: row.first_error_code,
      since: row.since,
    }));
  }

  /**
   * Forgets the event, in the transaction that applies it; false if it was no longer parked (another
   * replay took it first: the row lock makes that one wait, so an event is never applied twice).
   */
  static async remove(db: ProjectionTransaction, parked: ParkedEvent): Promise<boolean> {
    const removed = await db.query(
      `DELETE FROM projection_parked_events WHERE projection = $1 AND generation = $2 AND event_id = $3 RETURNING 1 AS removed`,
      [parked.projection, parked.generation, parked.eventId],
    );
    return removed.length > 0;
  }

  /** Keeps the event parked with the error of the latest attempt. */
  async failedAgain(parked: ParkedEvent, failure: ProjectionFailure): Promise<void> {
    await this.dataSource.query(
      `UPDATE projection_parked_events SET error_code = $4, error = $5, last_failed_at = now(), attempts = attempts + 1
       WHERE projection = $1 AND generation = $2 AND event_id = $3`,
      [parked.projection, parked.generation, parked.eventId, failure.code, failure.message],
    );
  }
}

function toParkedEvent(row: ParkedRow): ParkedEvent {
  return {
    projection: row.projection,
    generation: row.generation,
    eventId: row.event_id,
    position: formatPosition({ commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) }),
    stream: row.stream_id,
    revision: Number(row.stream_revision),
    type: row.event_type,
    errorCode: row.error_code,
    error: row.error,
    firstFailedAt: row.first_failed_at,
    lastFailedAt: row.last_failed_at,
    attempts: row.attempts,
  };
}
