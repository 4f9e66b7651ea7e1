import { randomUUID } from 'node:crypto';
import {
  decideDepartments,
  DEPARTMENTS_STREAM,
  foldDepartmentEvents,
  type DepartmentCommand,
  type DepartmentError,
  type DepartmentEvent,
  type DepartmentsState,
  type SkippedDepartmentEvent,
} from '#credit';
import { WrongExpectedRevisionError, type EventStore, type NewEvent } from '#event-store';

/** Who asks: `cli:<os user>`, or the calling department and its key over HTTP. Recorded in each event's metadata. */
export interface DepartmentActor {
  readonly actor: string;
  readonly department?: string;
}

export interface RecordedDepartments {
  readonly state: DepartmentsState;
  /** Revision of the stream's last event, -1 when there is none. */
  readonly revision: number;
  readonly skipped: readonly SkippedDepartmentEvent[];
}

export type DepartmentCommandResult =
  | { readonly ok: true; readonly events: readonly DepartmentEvent[]; readonly state: DepartmentsState }
  | { readonly ok: false; readonly error: DepartmentError };

/** The directory as the departments stream records it. */
export async function recordedDepartments(store: EventStore): Promise<RecordedDepartments> {
  const events = await store.readStream(DEPARTMENTS_STREAM);
  const { state, skipped } = foldDepartmentEvents(events);
  return { state, revision: events.at(-1)?.revision ?? -1, skipped };
}

/** Decides `command` against the recorded directory and appends what it decides; a concurrent writer makes it decide again. */
export async function executeDepartmentCommand(
  store: EventStore,
  command: DepartmentCommand,
  by: DepartmentActor,
): Promise<DepartmentCommandResult> {
  for (let attempt = 1; ; attempt++) {
    const { state, revision } = await recordedDepartments(store);
    const decision = decideDepartments(command, state);
    if (decision.outcome === 'rejected') return { ok: false, error: decision.error };
    if (decision.events.length === 0) return { ok: true, events: [], state };
    const metadata = { correlationId: randomUUID(), actor: by.actor, ...(by.department ? { department: by.department } : {}) };
    try {
      await store.append(
        DEPARTMENTS_STREAM,
        decision.events.map((event): NewEvent<DepartmentEvent> => ({ ...event, id: randomUUID(), metadata })),
        { expectedRevision: revision < 0 ? 'no_stream' : revision },
      );
      return { ok: true, events: decision.events, state };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= 10) throw error;
    }
  }
}
