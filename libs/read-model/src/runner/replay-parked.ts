import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { handledBy, type Projection } from '../projections/projection.js';
import { ParkedEvents, type ParkedEvent } from './parked-events.js';
import { describeFailure } from './projection-failure.js';
import { physicalTables } from './projection-generations.js';
import { inTransaction } from './read-model-transaction.js';

export interface ReplayOutcome {
  readonly projection: string;
  readonly applied: readonly ParkedEvent[];
  /** Still parked, with the error of this attempt. */
  readonly failed: readonly ParkedEvent[];
}

/**
 * Applies a projection's parked events again, in log order, once their cause is fixed: each that now
 * succeeds is applied and forgotten in one transaction; the others stay parked with the new error.
 */
export async function replayParked(dataSource: DataSource, store: EventStore, projection: Projection): Promise<ReplayOutcome> {
  const parkedEvents = new ParkedEvents(dataSource);
  const applied: ParkedEvent[] = [];
  const failed: ParkedEvent[] = [];
  for (const parked of await parkedEvents.list(projection.name)) {
    try {
      const [event] = await store.readStream(parked.stream, { fromRevision: parked.revision, maxCount: 1 });
      if (event?.id !== parked.eventId) throw new Error(`event ${parked.eventId} is no longer at ${parked.stream}@${parked.revision}`);
      const replayed = await inTransaction(dataSource, async (db) => {
        if (!(await ParkedEvents.remove(db, parked))) return false;
        const handled = handledBy(projection, [event]);
        if (handled.length > 0) await projection.apply(handled, db, physicalTables(projection, parked.generation));
        return true;
      });
      if (replayed) applied.push(parked);
    } catch (error) {
      const failure = describeFailure(error);
      await parkedEvents.failedAgain(parked, failure);
      failed.push({ ...parked, errorCode: failure.code, error: failure.message, attempts: parked.attempts + 1 });
    }
  }
  return { projection: projection.name, applied, failed };
}
