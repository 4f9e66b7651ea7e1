import type { DataSource } from 'typeorm';
import { comparePositions, LOG_START, type EventStore, type GlobalPosition } from '#event-store';
import type { Projection } from '../projections/projection.js';
import { AdvisoryLock } from './advisory-lock.js';
import { applyOrPark } from './apply-or-park.js';
import { ProjectionGenerations, type Generation } from './projection-generations.js';
import { settleGeneration } from './settle-generation.js';
import { SILENT_LOGGER, type RunnerLogger } from './runner-logger.js';

export interface RebuildOptions {
  readonly batchSize?: number;
  readonly onProgress?: (generation: Generation) => void;
  readonly signal?: AbortSignal;
  readonly logger?: RunnerLogger;
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
 * then readies its tables (statistics, GIN pending lists) and switches the views over in one transaction.
 * A running projector simply continues from the new generation's checkpoint.
 */
export async function rebuildProjection(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<Generation> {
  const [generation] = await rebuildProjections(dataSource, store, [projection], options);
  return generation;
}

/**
 * Rebuilds several projections in one pass over the log: each page is read once and applied to every
 * projection's new generation at the same time (each in its own transaction); then each switches over.
 */
export async function rebuildProjections(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<Generation[]> {
  const locks: AdvisoryLock[] = [];
  try {
    for (const projection of projections) {
      const lock = await AdvisoryLock.tryAcquire(dataSource, `projection-rebuild:${projection.name}`);
      if (!lock) throw new RebuildAlreadyRunningError(projection.name);
      locks.push(lock);
    }
    const generations = new ProjectionGenerations(dataSource);
    let rebuilt: Generation[] = [];
    for (const projection of projections) rebuilt.push(await generations.create(projection, { activate: false }));
    try {
      rebuilt = await replayInto(generations, store, projections, rebuilt, options);
    } catch (error) {
      for (const [i, projection] of projections.entries()) await generations.discard(projection, rebuilt[i]).catch(() => undefined);
      throw error;
    }
    for (const [i, projection] of projections.entries()) {
      await settleGeneration(dataSource, rebuilt[i]);
      await generations.switchTo(projection, rebuilt[i]);
    }
    return rebuilt;
  } finally {
    for (const lock of locks) await lock.release();
  }
}

/** Replays the log into the new generations; an event one of them cannot apply is parked there. */
async function replayInto(
  generations: ProjectionGenerations,
  store: EventStore,
  projections: readonly Projection[],
  started: readonly Generation[],
  options: RebuildOptions,
): Promise<Generation[]> {
  let rebuilt = [...started];
  for (let checkpoint = LOG_START; ;) {
    options.signal?.throwIfAborted();
    const batch = await store.readAll({ after: checkpoint, maxCount: options.batchSize ?? 1000 });
    if (batch.length === 0) {
      if (!options.until || comparePositions(checkpoint, options.until) >= 0) break;
      await store.waitForAppend(20, options.signal);
      continue;
    }
    rebuilt = await Promise.all(
      projections.map(async (projection, i) => {
        const next = await applyOrPark(generations, projection, rebuilt[i], batch, options.logger ?? SILENT_LOGGER);
        if (!next) throw new Error(`generation ${rebuilt[i].generation} of ${projection.name} was moved by another process`);
        options.onProgress?.(next);
        return next;
      }),
    );
    checkpoint = batch[batch.length - 1].position;
  }
  return rebuilt;
}
