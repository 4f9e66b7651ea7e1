import type { DataSource } from 'typeorm';
import { formatPosition, LOG_START, type EventStore } from '#event-store';
import type { Projection } from '../projections/projection.js';
import { ProjectionGenerations } from './projection-generations.js';
import { eventsAppendedAfter, firstAppendedAfter } from './read-horizon.js';

export interface ProjectionLag {
  readonly projection: string;
  readonly version: number;
  /** Undefined until a runner has created the projection's first generation. */
  readonly generation?: number;
  readonly databaseVersion?: number;
  readonly checkpoint?: string;
  /**
   * Events in the log after the checkpoint, counted up to `limit`: those readers cannot see yet because
   * an older transaction is still open count too (the read model is behind them all the same).
   */
  readonly lagEvents: number;
  readonly lagAtLeast: boolean;
  /** Seconds since the oldest event the projection has not applied was appended; 0 when caught up. */
  readonly lagSeconds: number;
}

/** How far each projection's active generation trails the log, read from the database (any process). */
export async function projectionLag(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  limit = 10_000,
): Promise<ProjectionLag> {
  const active = await new ProjectionGenerations(dataSource).active(projection);
  const checkpoint = active?.checkpoint ?? LOG_START;
  // With EventStoreDB events the PostgreSQL `events` table stays empty and the store's own count is all there is.
  const [visible, appended] = await Promise.all([store.countAfter(checkpoint, limit), eventsAppendedAfter(dataSource, checkpoint, limit)]);
  const lagEvents = Math.max(visible, appended);
  const oldest =
    lagEvents === 0
      ? undefined
      : ((await firstAppendedAfter(dataSource, checkpoint)) ?? (await store.readAll({ after: checkpoint, maxCount: 1 }))[0]?.recordedAt);
  return {
    projection: projection.name,
    version: projection.version,
    generation: active?.generation,
    databaseVersion: active?.version,
    checkpoint: active && active.checkpoint.commit >= 0n ? formatPosition(active.checkpoint) : undefined,
    lagEvents,
    lagAtLeast: lagEvents >= limit,
    lagSeconds: oldest ? Math.max(0, Math.floor((Date.now() - oldest.getTime()) / 1000)) : 0,
  };
}
