import { randomUUID } from 'node:crypto';
import { decideTypicalCase, foldTypicalCase, typicalCaseStream, type TypicalCaseCommand, type TypicalCaseEvent } from '#credit';
import { formatPosition, WrongExpectedRevisionError, type EventStore, type NewEvent } from '#event-store';
import type { Refusal } from '#kernel';

/** Who acts: the calling department and its key, recorded in each event's metadata. */
export interface TypicalCaseActor {
  readonly department: string;
  readonly actor: string;
  readonly correlationId: string;
}

export type TypicalCaseCommandResult =
  | { readonly ok: true; readonly events: readonly TypicalCaseEvent[]; readonly position: string }
  | { readonly ok: false; readonly refusal: Refusal };

const MAX_ATTEMPTS = 5;

/** Reads the case's stream, decides the command on it and appends what it decides; a concurrent writer makes it decide again. */
export async function handleTypicalCaseCommand(
  store: EventStore,
  command: TypicalCaseCommand,
  by: TypicalCaseActor,
): Promise<TypicalCaseCommandResult> {
  const stream = typicalCaseStream(command.caseId);
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream<TypicalCaseEvent>(stream);
    const decision = decideTypicalCase(command, foldTypicalCase(history));
    if (decision.outcome === 'rejected') return { ok: false, refusal: decision.refusal };
    const metadata = { correlationId: by.correlationId, department: by.department, actor: by.actor };
    try {
      const appended = await store.append(
        stream,
        decision.events.map((event): NewEvent<TypicalCaseEvent> => ({ ...event, id: randomUUID(), metadata })),
        { expectedRevision: history.length === 0 ? 'no_stream' : history[history.length - 1].revision },
      );
      return { ok: true, events: decision.events, position: formatPosition(appended.position) };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
