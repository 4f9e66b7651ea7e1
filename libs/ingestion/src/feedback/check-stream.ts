import { randomUUID } from 'node:crypto';
import {
  CHECK_EVENT_TYPES,
  checkStream,
  decideCheck,
  foldCheck,
  initialCheckState,
  type CheckCommand,
  type CheckEvent,
  type CheckState,
} from '#credit';
import { formatPosition, ofTypes, WrongExpectedRevisionError, type EventStore, type NewEvent } from '#event-store';
import type { Refusal } from '#kernel';

/** Who acts: the calling department and its key. Recorded in each event's metadata. */
export interface CheckActor {
  readonly actor: string;
  readonly department: string;
  readonly correlationId?: string;
}

export type CheckCommandResult =
  | { readonly ok: true; readonly events: readonly CheckEvent[]; readonly position: string }
  | { readonly ok: false; readonly refusal: Refusal };

/** The check as its stream records it (an unknown id reads as no check). */
export async function recordedCheck(store: EventStore, checkId: string): Promise<{ state: CheckState; revision: number }> {
  const events = ofTypes<CheckEvent>(await store.readStream(checkStream(checkId)), CHECK_EVENT_TYPES);
  return { state: foldCheck(events.map(({ type, data }) => ({ type, data }) as CheckEvent)), revision: events.at(-1)?.revision ?? -1 };
}

/**
 * Decides `command` on the check's stream and appends what it decides. A new check is one append to a new
 * stream (nothing to read); feedback reads the stream, and a concurrent writer makes it decide again.
 */
export async function executeCheckCommand(
  store: EventStore,
  checkId: string,
  command: CheckCommand,
  by: CheckActor,
): Promise<CheckCommandResult> {
  const metadata = { correlationId: by.correlationId ?? randomUUID(), actor: by.actor, department: by.department };
  for (let attempt = 1; ; attempt++) {
    const { state, revision } =
      command.kind === 'perform' ? { state: initialCheckState, revision: -1 } : await recordedCheck(store, checkId);
    const decision = decideCheck(command, state);
    if (decision.outcome === 'rejected') return { ok: false, refusal: decision.refusal };
    try {
      const appended = await store.append(
        checkStream(checkId),
        decision.events.map((event): NewEvent<CheckEvent> => ({ ...event, id: randomUUID(), metadata })),
        { expectedRevision: revision < 0 ? 'no_stream' : revision },
      );
      return { ok: true, events: decision.events, position: formatPosition(appended.position) };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= 10) throw error;
    }
  }
}
