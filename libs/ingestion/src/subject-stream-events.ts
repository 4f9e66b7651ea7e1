import type { SubjectStreamEvent } from '#credit';
import type { JsonObject, NewEvent, RecordedEvent } from '#event-store';
import type { EventMetadata } from '#kernel';

/*
 * The boundary between the subject stream's typed events (libs/credit) and the store, which takes and gives
 * JSON objects. The two casts below are the only ones on the write side; a store typed by its events makes
 * them unnecessary (issue 12 item 4, read side).
 */

/** A subject stream's history as its decider folds it. */
export function subjectEventsOf(history: readonly RecordedEvent[]): SubjectStreamEvent[] {
  // The store returns what the decider's events were stored as: their data is the typed data written below.
  return history.map(({ id, type, data }) => ({ id, type, data }) as unknown as SubjectStreamEvent);
}

/** A decision's events to append, each with the command's metadata and its cause. */
export function newEvents(events: readonly SubjectStreamEvent[], metadata: EventMetadata): NewEvent[] {
  return events.map(({ id, type, data, causationId }) => ({
    id,
    type,
    // Event data is plain JSON by construction (strings, numbers, booleans, arrays and objects of them).
    data: data as unknown as JsonObject,
    metadata: causationId ? { ...metadata, causationId } : metadata,
  }));
}
