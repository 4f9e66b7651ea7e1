import { EventIdConflictError, WrongExpectedRevisionError } from './errors.js';
import type { EventStore, StreamAppend, StreamAppendOutcome } from './event-store.port.js';

/** A multi-stream append done as one `append` per stream: what a store without a multi-stream write offers. */
export async function appendEachStream(
  store: Pick<EventStore, 'append'>,
  appends: readonly StreamAppend[],
  concurrency = 8,
): Promise<StreamAppendOutcome[]> {
  const outcomes: StreamAppendOutcome[] = new Array(appends.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < appends.length; i = next++) outcomes[i] = await appendOne(store, appends[i]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, appends.length) }, worker));
  return outcomes;
}

export async function appendOne(
  store: Pick<EventStore, 'append'>,
  { stream, events, expectedRevision }: StreamAppend,
): Promise<StreamAppendOutcome> {
  try {
    return { stream, status: 'appended', result: await store.append(stream, events, { expectedRevision }) };
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError || error instanceof EventIdConflictError) return { stream, status: 'conflict', error };
    throw error;
  }
}
