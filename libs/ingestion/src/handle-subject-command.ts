import { foldHistory, subjectStream, type Decision, type FactCatalogue, type SubjectState } from '#credit';
import { WrongExpectedRevisionError, type EventStore } from '#event-store';
import type { EventMetadata } from '#kernel';
import { CONTENTION_RETRY, pause, type RetryPolicy } from './retry-policy.js';
import { newEvents, subjectEventsOf } from './subject-stream-events.js';

export interface HandledCommand {
  readonly decision: Decision;
  /** The subject's state the decision was taken on. */
  readonly state: SubjectState;
}

/**
 * One command on one subject: read its stream, fold it, decide, append what was decided expecting the
 * revision that was read, and when another writer appended first, do it all again (as the policy allows).
 * The fact recorder does the same for many subjects at once (`FactRecorder.recordBatches`).
 */
export async function handleSubjectCommand(
  store: EventStore,
  catalogue: FactCatalogue,
  subject: string,
  decide: (state: SubjectState) => Decision,
  metadata: EventMetadata,
  retry: RetryPolicy = CONTENTION_RETRY,
): Promise<HandledCommand> {
  const stream = subjectStream(subject);
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(stream);
    const state = foldHistory(catalogue, subjectEventsOf(history));
    const decision = decide(state);
    if (decision.outcome !== 'record' || decision.events.length === 0) return { decision, state };
    try {
      await store.append(stream, newEvents(decision.events, metadata), { expectedRevision: history.at(-1)?.revision ?? 'no_stream' });
      return { decision, state };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= retry.maxAttempts) throw error;
      await pause(retry.delay(attempt));
    }
  }
}
