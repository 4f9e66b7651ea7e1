import type { SubjectEvent, SubjectStreamEvent } from '#credit';
import { asRecorded, type NewEvent, type RecordedEvent } from '#event-store';
import type { EventMetadata } from '#kernel';

/** A subject stream's history as its decider folds it: the store's word for its events (`asRecorded`). */
export function subjectEventsOf(history: readonly RecordedEvent[]): SubjectStreamEvent[] {
  return asRecorded<SubjectEvent>(history);
}

/** A decision's events to append, each with the command's metadata and its cause. */
export function newEvents(events: readonly SubjectStreamEvent[], metadata: EventMetadata): NewEvent<SubjectEvent>[] {
  return events.map(
    ({ causationId, ...event }) =>
      ({ ...event, metadata: causationId ? { ...metadata, causationId } : metadata }) as NewEvent<SubjectEvent>,
  );
}
