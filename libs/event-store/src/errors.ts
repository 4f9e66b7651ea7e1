import type { ExpectedRevision } from './expected-revision.js';

export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** Another writer appended first: reload the stream, decide again, retry. */
export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'wrong-expected-revision';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`stream "${stream}": expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** Some of the event ids are already stored, but not as this exact append: not a harmless retry. */
export class EventIdConflictError extends EventStoreError {
  readonly code = 'event-id-conflict';
  constructor(
    readonly stream: string,
    readonly eventIds: readonly string[],
  ) {
    super(`stream "${stream}": event ids already stored elsewhere or in another order: ${eventIds.join(', ')}`);
  }
}

export class InvalidEventError extends EventStoreError {
  readonly code = 'invalid-event';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}
