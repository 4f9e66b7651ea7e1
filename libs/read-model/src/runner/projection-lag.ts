import type { DataSource } from 'typeorm';
import { formatPosition, LOG_START, type EventStore } from '#event-store';
import type { Projection } from '../projections/projection.js';
import { ProjectionGenerations } from './projection-generations.js';

export interface ProjectionLag {
  readonly projection: string;
  readonly version: number;
  /** Undefined until a runner has created the projection's first generation. */
  readonly generation?: number;
  readonly databaseVersion?: number;
  readonly checkpoint?: string;
  /** Events in the log after the checkpoint, counted up to `limit`. */
  readonly lagEvents: number;
  readonly lagAtLeast: boolean;
}

/** How far each projection's active generation trails the log, read from the database (any process). */
export async function projectionLag(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  limit = 10_000,
): Promise<ProjectionLag> {
  const active = await new ProjectionGenerations(dataSource).active(projection);
  const lagEvents = await store.countAfter(active?.checkpoint ?? LOG_START, limit);
  return {
    projection: projection.name,
    version: projection.version,
    generation: active?.generation,
    databaseVersion: active?.version,
    checkpoint: active && active.checkpoint.commit >= 0n ? formatPosition(active.checkpoint) : undefined,
    lagEvents,
    lagAtLeast: lagEvents >= limit,
  };
}
