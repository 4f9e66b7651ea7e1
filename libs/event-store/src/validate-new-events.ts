import { InvalidEventError } from './errors.js';
import { parseEventType, type Event } from '#kernel';
import type { ExpectedRevision, StreamAppend } from './event-store.port.js';
import type { NewEvent } from './recorded-event.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateAppend(stream: string, events: readonly NewEvent<Event>[], expected: ExpectedRevision): void {
  if (!stream || stream.length > 200) throw new InvalidEventError('stream', 'must be 1 to 200 characters');
  if (stream.startsWith('$')) throw new InvalidEventError('stream', 'names starting with $ are reserved');
  if (events.length === 0) throw new InvalidEventError('events', 'at least one event is required');
  if (typeof expected === 'number' && (!Number.isSafeInteger(expected) || expected < 0)) {
    throw new InvalidEventError('expectedRevision', 'must be no_stream, any or a revision ≥ 0');
  }
  const ids = new Set<string>();
  events.forEach((event, index) => {
    if (!UUID.test(event.id)) throw new InvalidEventError(`events[${index}].id`, 'must be a UUID');
    if (ids.has(event.id.toLowerCase())) throw new InvalidEventError(`events[${index}].id`, 'repeated within the append');
    ids.add(event.id.toLowerCase());
    if (!parseEventType(event.type)) {
      throw new InvalidEventError(`events[${index}].type`, 'must look like context.EventName.v1');
    }
    if (typeof event.data !== 'object' || event.data === null || Array.isArray(event.data)) {
      throw new InvalidEventError(`events[${index}].data`, 'must be a JSON object');
    }
    if (!event.metadata?.correlationId) {
      throw new InvalidEventError(`events[${index}].metadata.correlationId`, 'is required');
    }
  });
}

export function validateStreamAppends(appends: readonly StreamAppend[]): void {
  const streams = new Set<string>();
  appends.forEach(({ stream, events, expectedRevision }) => {
    if (streams.has(stream)) throw new InvalidEventError('stream', `"${stream}" appears twice in one multi-stream append`);
    streams.add(stream);
    validateAppend(stream, events, expectedRevision);
  });
  const ids = new Set<string>();
  for (const event of appends.flatMap((a) => a.events)) {
    if (ids.has(event.id.toLowerCase())) throw new InvalidEventError('events', `event id ${event.id} appears in two streams of one append`);
    ids.add(event.id.toLowerCase());
  }
}
