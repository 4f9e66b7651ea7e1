import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projections/projection.js';
import { ParkedEvents } from './parked-events.js';
import { describeFailure } from './projection-failure.js';
import type { Generation, ProjectionGenerations } from './projection-generations.js';
import type { RunnerLogger } from './runner-logger.js';

/**
 * Applies a batch; if it fails for a reason other than a transient one, applies its events one at a
 * time, each in its own transaction, and parks every event that fails again on its own, so one bad
 * event never stops the events after it. A transient failure is thrown for the caller to retry.
 * Undefined when another process moved the checkpoint.
 */
export async function applyOrPark(
  generations: ProjectionGenerations,
  projection: Projection,
  generation: Generation,
  batch: readonly RecordedEvent[],
  logger: RunnerLogger,
): Promise<Generation | undefined> {
  try {
    return await generations.applyBatch(projection, generation, batch);
  } catch (error) {
    if (describeFailure(error).transient || batch.length === 0) throw error;
  }
  let current = generation;
  for (const event of batch) {
    let next: Generation | undefined;
    try {
      next = await generations.applyBatch(projection, current, [event]);
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.transient) throw error;
      next = await generations.advance(projection, current, [event], (db) => ParkedEvents.park(db, current, event, failure));
      if (next) {
        logger.error(
          `projection ${projection.name} parked event ${event.id} (${event.type}): ${failure.message}`,
          undefined,
          'ProjectionRunner',
        );
      }
    }
    if (!next) return undefined;
    current = next;
  }
  return current;
}
