import type { DataSource } from 'typeorm';
import type { GlobalPosition, RecordedEvent } from '#event-store';
import { LOG_START } from '#event-store';
import { handledBy, type Projection, type ProjectionTables, type ProjectionTransaction } from '../projections/projection.js';
import { inTransaction } from './read-model-transaction.js';

/** Where one generation of a projection's tables stands. */
export interface Generation {
  readonly projection: string;
  readonly generation: number;
  readonly version: number;
  readonly tables: ProjectionTables;
  readonly checkpoint: GlobalPosition;
  readonly eventsSeen: number;
}

interface CheckpointRow {
  projection: string;
  generation: number;
  version: number;
  tables: string[];
  commit_position: string;
  prepare_position: string;
  events_seen: string;
}

/**
 * The runner's bookkeeping: generations of physical tables, their checkpoints (moved only by
 * compare-and-set, in the same transaction as the batch) and the views that queries read.
 */
export class ProjectionGenerations {
  constructor(private readonly dataSource: DataSource) {}

  async active(projection: Projection): Promise<Generation | undefined> {
    const rows: CheckpointRow[] = await this.dataSource.query(
      `SELECT c.* FROM projections p
       JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
       WHERE p.name = $1`,
      [projection.name],
    );
    return rows[0] && toGeneration(projection, rows[0]);
  }

  /**
   * Creates the next generation's empty tables, starting at the beginning of the log. Tables left by
   * an abandoned rebuild are dropped first. With `activate`, queries see the new (empty) tables at once:
   * only for a projection that has no generation yet.
   */
  async create(projection: Projection, options: { activate: boolean }): Promise<Generation> {
    return this.transaction(async (db) => {
      const [current] = await db.query<{ active_generation: number }>(
        `SELECT active_generation FROM projections WHERE name = $1 FOR UPDATE`,
        [projection.name],
      );
      const activeGeneration: number | undefined = current?.active_generation;
      if (options.activate && activeGeneration !== undefined) {
        throw new Error(`projection ${projection.name} already has an active generation`);
      }
      const abandoned = await db.query<CheckpointRow>(
        `DELETE FROM projection_checkpoints WHERE projection = $1 AND generation IS DISTINCT FROM $2 RETURNING *`,
        [projection.name, activeGeneration ?? null],
      );
      for (const row of abandoned) await dropGeneration(db, row);
      const [{ next }] = await db.query<{ next: number }>(
        `SELECT greatest(coalesce(max(generation), 0), $2::int, $3::int) + 1 AS next
         FROM projection_checkpoints WHERE projection = $1`,
        [projection.name, activeGeneration ?? 0, Math.max(0, ...abandoned.map((row) => row.generation))],
      );
      const tables = physicalTables(projection, next);
      for (const statement of projection.createTables(tables)) await db.query(statement);
      const row = (
        await db.query<CheckpointRow>(
          `INSERT INTO projection_checkpoints
             (projection, generation, version, tables, commit_position, prepare_position)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [projection.name, next, projection.version, Object.values(tables), LOG_START.commit, LOG_START.prepare],
        )
      )[0];
      if (options.activate) await this.pointViewsAt(db, projection, row, tables);
      return toGeneration(projection, row);
    });
  }

  /**
   * Applies a batch to the generation and moves its checkpoint, in one transaction. The checkpoint
   * moves only from where this runner last saw it; otherwise nothing is applied and undefined returned.
   */
  async applyBatch(projection: Projection, generation: Generation, events: readonly RecordedEvent[]): Promise<Generation | undefined> {
    return this.advance(projection, generation, events, async (db) => {
      const relevant = handledBy(projection, events);
      if (relevant.length > 0) await projection.apply(relevant, db, generation.tables);
    });
  }

  /**
   * Moves the checkpoint past `events` by compare-and-set and runs `work` in the same transaction
   * (applying them, or recording why they were skipped). Undefined when someone else moved the checkpoint.
   */
  async advance(
    projection: Projection,
    generation: Generation,
    events: readonly RecordedEvent[],
    work: (db: ProjectionTransaction) => Promise<void>,
  ): Promise<Generation | undefined> {
    if (events.length === 0) return generation;
    const last = events[events.length - 1].position;
    return this.transaction(async (db) => {
      // No wait for the WAL flush: the batch and its checkpoint are lost or kept together, and a batch lost in a crash
      // is applied again from the log (read-your-writes waits for it), so the flush buys nothing but time.
      await db.query(`SET LOCAL synchronous_commit = off`);
      const moved = await db.query(
        `UPDATE projection_checkpoints
         SET commit_position = $3, prepare_position = $4, events_seen = events_seen + $5, updated_at = now()
         WHERE projection = $1 AND generation = $2 AND commit_position = $6 AND prepare_position = $7
         RETURNING 1 AS moved`,
        [
          projection.name,
          generation.generation,
          last.commit,
          last.prepare,
          events.length,
          generation.checkpoint.commit,
          generation.checkpoint.prepare,
        ],
      );
      if (moved.length === 0) return undefined;
      await work(db);
      return { ...generation, checkpoint: last, eventsSeen: generation.eventsSeen + events.length };
    });
  }

  /** Drops a generation that never became active (a rebuild that did not finish), with its parked events. */
  async discard(projection: Projection, generation: Generation): Promise<void> {
    await this.transaction(async (db) => {
      const [dropped] = await db.query<CheckpointRow>(
        `DELETE FROM projection_checkpoints c WHERE projection = $1 AND generation = $2
           AND NOT EXISTS (SELECT 1 FROM projections p WHERE p.name = c.projection AND p.active_generation = c.generation)
         RETURNING *`,
        [projection.name, generation.generation],
      );
      if (!dropped) return;
      await dropGeneration(db, dropped);
    });
  }

  /** Queries switch to the generation in one transaction; the generation it replaces is dropped. */
  async switchTo(projection: Projection, generation: Generation): Promise<void> {
    await this.transaction(async (db) => {
      const [previous] = await db.query<{ active_generation: number; tables: string[] }>(
        `SELECT active_generation, tables FROM projections WHERE name = $1 FOR UPDATE`,
        [projection.name],
      );
      const [row] = await db.query<CheckpointRow>(`SELECT * FROM projection_checkpoints WHERE projection = $1 AND generation = $2`, [
        projection.name,
        generation.generation,
      ]);
      if (!row) throw new Error(`generation ${generation.generation} of ${projection.name} no longer exists`);
      const retired = (previous?.tables ?? []).filter((table) => !(projection.tables as string[]).includes(table));
      for (const view of retired) await db.query(`DROP VIEW IF EXISTS ${view}`);
      await this.pointViewsAt(db, projection, row, generation.tables);
      if (previous && previous.active_generation !== generation.generation) {
        const [old] = await db.query<CheckpointRow>(
          `DELETE FROM projection_checkpoints WHERE projection = $1 AND generation = $2 RETURNING *`,
          [projection.name, previous.active_generation],
        );
        if (old) await dropGeneration(db, old);
      }
    });
  }

  private async pointViewsAt(
    db: ProjectionTransaction,
    projection: Projection,
    row: CheckpointRow,
    tables: ProjectionTables,
  ): Promise<void> {
    for (const table of projection.tables) {
      await db.query(`DROP VIEW IF EXISTS ${table}`);
      await db.query(`CREATE VIEW ${table} AS SELECT * FROM ${tables[table]}`);
    }
    await db.query(
      `INSERT INTO projections (name, version, active_generation, tables) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, active_generation = excluded.active_generation,
         tables = excluded.tables, switched_at = now()`,
      [projection.name, row.version, row.generation, projection.tables],
    );
  }

  private transaction<T>(work: (db: ProjectionTransaction) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }
}

/** A generation's tables and the events parked in it go together. */
async function dropGeneration(db: ProjectionTransaction, row: CheckpointRow): Promise<void> {
  for (const table of row.tables) await db.query(`DROP TABLE IF EXISTS ${table}`);
  await db.query(`DELETE FROM projection_parked_events WHERE projection = $1 AND generation = $2`, [row.projection, row.generation]);
}

export function physicalTables(projection: Projection, generation: number): ProjectionTables {
  return Object.fromEntries(projection.tables.map((table) => [table, `${table}__g${generation}`]));
}

function toGeneration(projection: Projection, row: CheckpointRow): Generation {
  return {
    projection: row.projection,
    generation: row.generation,
    version: row.version,
    tables: physicalTables(projection, row.generation),
    checkpoint: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
    eventsSeen: Number(row.events_seen),
  };
}
