import { randomUUID } from 'node:crypto';
import {
  decideObjection,
  foldObjection,
  isOpen,
  objectionIdFor,
  objectionStream,
  OBJECTION_DECIDED,
  OBJECTION_OUTCOMES,
  REVOKED_EVENT_FIELD,
  revocationSourceRecordId,
  subjectStream,
  type Caller,
  type FactCatalogue,
  type FactEvent,
  type ObjectedRecord,
  type Objection,
  type ObjectionCommand,
  type ObjectionError,
  type ObjectionEvent,
  type ObjectionWorkingDays,
} from '#credit';
import { formatPosition, WrongExpectedRevisionError, type EventStore, type NewEvent } from '#event-store';
import { refusal, type Refusal } from '#kernel';
import type { FactRecorder } from '../record-facts.js';

/** The outcome of a step: the case as it now stands and the position to read it back at, or the refusal. */
export type ObjectionStepResult =
  { readonly ok: true; readonly objection: Objection; readonly position?: string } | { readonly ok: false; readonly refusal: Refusal };

export interface ObjectionFiling {
  readonly subject: string;
  readonly eventId: string;
  readonly filedBy: unknown;
  readonly grounds: unknown;
  readonly on: string;
  readonly today: string;
  readonly workingDays: ObjectionWorkingDays;
}

/** A step on an existing case, as the caller sends it (`kind` and its fields); `correctionEventId` names a fact on the subject's stream. */
export type ObjectionStep = DistributiveOmit<Exclude<ObjectionCommand, { kind: 'file' }>, 'by' | 'correction'>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The loop around the objection decider: read the case (and, where a step names one, the subject's record), decide,
 * append expecting the revision read; decide again where another writer appended first. One open objection per
 * record: the n-th objection to a record has a fixed id, so two filings of the same objection meet on one stream.
 */
export class ObjectionCases {
  constructor(
    private readonly store: EventStore,
    private readonly catalogue: FactCatalogue,
    /** Records the RecordRevoked fact of an objection upheld with revocation, on the subject's stream. */
    private readonly facts: FactRecorder,
  ) {}

  async file(filing: ObjectionFiling, caller: Caller): Promise<ObjectionStepResult> {
    const record = await this.recordOf(filing.subject, filing.eventId);
    for (let n = 1, attempt = 1; attempt <= 20; attempt++) {
      const objectionId = objectionIdFor(filing.subject, filing.eventId, n);
      const events = await this.store.readStream<ObjectionEvent>(objectionStream(objectionId));
      const state = foldObjection(events);
      if (state && !isOpen(state)) {
        n++; // an earlier objection to the same record, closed: the next one has the next id
        continue;
      }
      const decision = decideObjection({ kind: 'file', objectionId, record, by: actorOf(caller), ...filing }, state);
      if (decision.outcome === 'rejected') return { ok: false, refusal: objectionRefusal(decision.error) };
      const outcome = await this.append(objectionId, decision.events, events.length - 1, caller);
      if (outcome !== 'retry') return outcome;
    }
    throw new Error(`objection to ${filing.eventId}: other writers kept appending first`);
  }

  async step(objectionId: string, step: ObjectionStep, caller: Caller): Promise<ObjectionStepResult> {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const events = await this.store.readStream<ObjectionEvent>(objectionStream(objectionId));
      const state = foldObjection(events);
      let command = { ...step, by: actorOf(caller) } as ObjectionCommand;
      if (command.kind === 'decide' && state && typeof command.correctionEventId === 'string') {
        const correction = await this.recordOf(state.record.subject.code, command.correctionEventId);
        command = { ...command, ...(correction ? { correction } : {}) };
      }
      if (command.kind === 'decide' && state && isOpen(state)) {
        const recordedRevocation = await this.recordedRevocation(state);
        command = { ...command, ...(recordedRevocation ? { recordedRevocation } : {}) };
      }
      const decision = decideObjection(command, state);
      if (decision.outcome === 'rejected') return { ok: false, refusal: objectionRefusal(decision.error) };
      const revokes = decision.events.some((event) => event.type === OBJECTION_DECIDED && event.data.revocationEventId);
      if (revokes && state && command.kind === 'decide' && !command.recordedRevocation) {
        const revoked = await this.revoke(state, command, caller);
        if (!revoked.ok) return revoked;
      }
      const outcome = await this.append(objectionId, decision.events, events.length - 1, caller);
      if (outcome !== 'retry') return outcome;
    }
    throw new Error(`objection ${objectionId}: other writers kept appending first`);
  }

  private async append(
    objectionId: string,
    events: readonly ObjectionEvent[],
    revision: number,
    caller: Caller,
  ): Promise<ObjectionStepResult | 'retry'> {
    const metadata = { correlationId: randomUUID(), actor: `api-key:${caller.keyId}`, department: caller.department.id };
    try {
      const result = await this.store.append(
        objectionStream(objectionId),
        events.map((event): NewEvent<ObjectionEvent> => ({ ...event, id: randomUUID(), metadata })),
        { expectedRevision: revision < 0 ? 'no_stream' : revision },
      );
      const objection = foldObjection(await this.store.readStream<ObjectionEvent>(objectionStream(objectionId)))!;
      return { ok: true, objection, position: formatPosition(result.position) };
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return 'retry';
      throw error;
    }
  }

  /** Records RecordRevoked for the objected record, in the deciding office's name; a repeat is harmless (same record id). */
  private async revoke(
    state: Objection,
    command: Extract<ObjectionCommand, { kind: 'decide' }>,
    caller: Caller,
  ): Promise<ObjectionStepResult> {
    const { subject, eventId } = state.record;
    const { results } = await this.facts.record(
      [
        {
          type: 'RecordRevoked',
          sourceRecordId: revocationSourceRecordId(state.objectionId),
          subject,
          data: {
            [REVOKED_EVENT_FIELD]: eventId,
            objectionId: state.objectionId,
            reason: `${OBJECTION_OUTCOMES['upheld-revocation']}：${String(command.reason)}`,
            revokedOn: command.on,
          },
        },
      ],
      caller,
      randomUUID(),
    );
    const [result] = results;
    if (result.status === 'rejected') return { ok: false, refusal: result };
    return { ok: true, objection: state };
  }

  /**
   * The RecordRevoked this objection already recorded, if any: the revocation is appended before the case's decision,
   * so a crash (or a failed append) between the two leaves it on the subject's stream with the case still open.
   */
  private async recordedRevocation(state: Objection): Promise<string | undefined> {
    const sourceRecordId = revocationSourceRecordId(state.objectionId);
    const stream = await this.store.readStream<FactEvent>(subjectStream(state.record.subject.code));
    return stream.find(
      (event) =>
        this.catalogue.forEventType(event.type)?.effect === 'revokes-record' &&
        (event.data.sourceRecordId === sourceRecordId || event.data.fact.objectionId === state.objectionId),
    )?.id;
  }

  /** The fact event `eventId` on the subject's stream, unless it is not a fact or was revoked. */
  private async recordOf(subject: string, eventId: string): Promise<ObjectedRecord | undefined> {
    const stream = await this.store.readStream<FactEvent>(subjectStream(subject));
    const revoked = new Set(
      stream.flatMap((event) => {
        const definition = this.catalogue.forEventType(event.type);
        return definition?.effect === 'revokes-record' ? [String(event.data.fact[REVOKED_EVENT_FIELD])] : [];
      }),
    );
    const event = stream.find((e) => e.id === eventId);
    const definition = event && this.catalogue.forEventType(event.type);
    if (!event || !definition || revoked.has(eventId)) return undefined;
    return { subject: event.data.subject, eventId, type: definition.type, department: event.data.department };
  }
}

const actorOf = (caller: Caller) => ({ department: caller.department.id, office: caller.department.roles.includes('credit-office') });

export function objectionRefusal(error: ObjectionError): Refusal {
  return refusal(error.kind, error.code, 'The objection refused the step', [{ path: error.path, code: error.code, reason: error.reason }]);
}
