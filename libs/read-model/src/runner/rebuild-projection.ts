import type { DataSource } from 'typeorm';
import { comparePositions, type EventStore, type GlobalPosition } from '#event-store';
import type { Projection } from '../projections/projection.js';
import { AdvisoryLock } from './advisory-lock.js';
import { ProjectionGenerations, type Generation } from './projection-generations.js';

export interface RebuildOptions {
  readonly batchSize?: number;
  readonly onProgress?: (generation: Generation) => void;
  readonly signal?: AbortSignal;
  /** Keep replaying until this position is reached (it may not be readable yet: see `readAll`). */
  readonly until?: GlobalPosition;
}

export class RebuildAlreadyRunningError extends Error {
  constructor(readonly projection: string) {
    super(`a rebuild of ${projection} is already running`);
  }
}

/**
 * Replays the whole log into a fresh generation of tables while queries keep reading the active one,
 * then switches the views over in one transaction. A running projector simply continues from the new
 * generation's checkpoint.
 */
export async function rebuildProjection(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<Generation> {
  const lock = await AdvisoryLock.tryAcquire(dataSource, `projection-rebuild:${projection.name}`);
  if (!lock) throw new RebuildAlreadyRunningError(projection.name);
  try {
    const generations = new ProjectionGenerations(dataSource);
    let generation = await generations.create(projection, { activate: false });
    for (;;) {
      options.signal?.throwIfAborted();
      const batch = await store.readAll({ after: generation.checkpoint, maxCount: options.batchSize ?? 1000 });
      if (batch.length === 0) {
        if (!options.until || comparePositions(generation.checkpoint, options.until) >= 0) break;
        await store.waitForAppend(20, options.signal);
        continue;
      }
      const next = await generations.applyBatch(projection, generation, batch);
      if (!next) throw new Error(`generation ${generation.generation} of ${projection.name} was moved by another process`);
      generation = next;
      options.onProgress?.(generation);
    }
    await generations.switchTo(projection, generation);
    return generation;
  } finally {
    await lock.release();
  }
}
