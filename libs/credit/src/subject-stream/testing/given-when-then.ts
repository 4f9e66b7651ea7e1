import { randomUUID } from 'node:crypto';
import type { JsonObject, RecordedEvent } from '#event-store';
import { FactCatalogue, factEventType } from '../../facts/fact-catalogue.js';
import type { FactDefinition } from '../../facts/fact-definition.js';
import { decide, type Decision, type RecordFact } from '../decide.js';
import type { DomainError } from '../domain-error.js';
import { evolve } from '../evolve.js';
import { subjectStream, type FactEventData, type SubjectReference } from '../fact-event.js';
import { initialSubjectState, type SubjectState } from '../subject-state.js';

/**
 * Emmett-style decider specs: `given(...facts).when(fact).thenRecords()` and friends.
 * Facts are written as shorthand; whatever is left out gets a sensible default.
 */

export const catalogue = new FactCatalogue();

export const ENTERPRISE: SubjectReference = { kind: 'enterprise', code: '91110000600037341L', name: '测试有限公司' };
export const PERSON: SubjectReference = { kind: 'natural-person', code: '11010519491231002X', name: '张三' };
export const DEPARTMENT = 'dept-a';
export const RECORDED_AT = new Date('2026-11-25T02:00:00.000Z');

/** A fact in shorthand. Defaults: department `dept-a`, a fresh sourceRecordId, the type's example, {@link ENTERPRISE}. */
export interface FactShorthand {
  readonly type: string;
  readonly department?: string;
  readonly sourceRecordId?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly subject?: SubjectReference;
  readonly flags?: readonly string[];
}

export function definitionOf(type: string): FactDefinition {
  const definition = catalogue.get(type);
  if (!definition) throw new Error(`no fact type ${type} in the catalogue`);
  return definition;
}

/** The shorthand spelled out as the command the decider receives. */
export function recordFact(fact: FactShorthand): RecordFact {
  const definition = definitionOf(fact.type);
  return {
    definition,
    department: fact.department ?? DEPARTMENT,
    sourceRecordId: fact.sourceRecordId ?? `rec-${randomUUID()}`,
    subject: fact.subject ?? ENTERPRISE,
    fact: fact.data ?? definition.example,
    flags: fact.flags,
  };
}

/** The shorthand as it would have been read back from the subject's stream at `revision`. */
export function recordedEvent(fact: FactShorthand, revision: number): RecordedEvent {
  const command = recordFact(fact);
  const data: FactEventData = {
    subject: command.subject,
    department: command.department,
    sourceRecordId: command.sourceRecordId,
    fact: command.fact,
    flags: command.flags,
  };
  return {
    id: randomUUID(),
    stream: subjectStream(command.subject.code),
    revision,
    type: factEventType(command.definition),
    data: data as unknown as JsonObject,
    metadata: { correlationId: randomUUID(), department: command.department },
    position: { commit: BigInt(revision + 1), prepare: BigInt(revision + 1) },
    recordedAt: RECORDED_AT,
  };
}

export interface When {
  readonly decision: Decision;
  /** Asserts the fact is recorded (its data matching `partialData` if given) and returns what would be appended. */
  thenRecords(partialData?: Partial<FactEventData>): FactEventData;
  /** Asserts a harmless repeat: of the given event at that index (or with that id), or of any given event. */
  thenDuplicate(of?: number | string): string;
  /** Asserts a refusal with this code (and field, if given). */
  thenRejects(code: DomainError['code'], field?: string): DomainError;
  /** Asserts the decision matches `expected` (a partial Decision). */
  thenDecides(expected: Readonly<Record<string, unknown>>): Decision;
}

export interface Given {
  readonly events: readonly RecordedEvent[];
  readonly state: SubjectState;
  when(command: FactShorthand | RecordFact): When;
}

export function given(...facts: FactShorthand[]): Given {
  const events = facts.map(recordedEvent);
  const state = events.reduce((current, event) => evolve(catalogue, current, event), initialSubjectState());
  return {
    events,
    state,
    when(command) {
      const decision = decide('definition' in command ? command : recordFact(command), state);
      return then(decision, events);
    },
  };
}

// Deliberately no `then` method: an object with one is a thenable, which `await` and jest treat as a promise.
function then(decision: Decision, events: readonly RecordedEvent[]): When {
  return {
    decision,
    thenRecords(partialData) {
      expect(decision).toMatchObject({ outcome: 'record', ...(partialData ? { data: partialData } : {}) });
      return (decision as Extract<Decision, { outcome: 'record' }>).data;
    },
    thenDuplicate(of) {
      if (typeof of === 'number' && !events[of]) throw new Error(`there is no given event ${of}`);
      const eventId = typeof of === 'number' ? events[of].id : of;
      expect(decision).toEqual({ outcome: 'duplicate', eventId: eventId ?? expect.any(String) });
      const duplicate = (decision as Extract<Decision, { outcome: 'duplicate' }>).eventId;
      expect(events.map((event) => event.id)).toContain(duplicate);
      return duplicate;
    },
    thenRejects(code, field) {
      expect(decision).toMatchObject({ outcome: 'rejected', error: { code, ...(field === undefined ? {} : { path: field }) } });
      return (decision as Extract<Decision, { outcome: 'rejected' }>).error;
    },
    thenDecides(expected) {
      expect(decision).toMatchObject(expected);
      return decision;
    },
  };
}
