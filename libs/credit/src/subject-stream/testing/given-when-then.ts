import { randomUUID } from 'node:crypto';
import { FactCatalogue, factEventType } from '../../facts/fact-catalogue.js';
import type { FactDefinition } from '../../facts/fact-definition.js';
import { decide, factEventData, type Decision, type RecordFact, type SubjectCommand } from '../decide.js';
import type { DomainError } from '../domain-error.js';
import { factEventId } from '../event-ids.js';
import { evolve, foldHistory } from '../evolve.js';
import type { FactEventData, SubjectReference } from '../fact-event.js';
import { SUBJECT_DELISTED, SUBJECT_LISTED, type SubjectDelistedData, type SubjectListedData } from '../listing-events.js';
import type { ListingRules } from '../listing-rules.js';
import { isListingEvent, type FactRecorded, type SubjectEvent, type SubjectStreamEvent } from '../subject-events.js';
import { initialSubjectState, type SubjectState } from '../subject-state.js';

/**
 * Emmett-style decider specs: `given(...facts).when(fact).thenRecords()`, and under list rules
 * `given(...facts).under(rules).when(fact).thenLists({ listType, reaches })` and friends.
 * Facts are written as shorthand; whatever is left out gets a sensible default.
 */

export const catalogue = new FactCatalogue();

export const ENTERPRISE: SubjectReference = { kind: 'enterprise', code: '91110000600037341L', name: '测试有限公司' };
export const PERSON: SubjectReference = { kind: 'natural-person', code: '11010519491231002X', name: '张三' };
export const DEPARTMENT = 'dept-a';

/** A fact in shorthand. Defaults: department `dept-a`, a fresh sourceRecordId, the type's example, {@link ENTERPRISE}. */
export interface FactShorthand {
  readonly type: string;
  readonly department?: string;
  readonly sourceRecordId?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly subject?: SubjectReference;
  readonly flags?: readonly string[];
  /** The recording department's region (the recorder reads it from the department registry). */
  readonly jurisdiction?: string;
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
    kind: 'RecordFact',
    definition,
    department: fact.department ?? DEPARTMENT,
    sourceRecordId: fact.sourceRecordId ?? `rec-${randomUUID()}`,
    subject: fact.subject ?? ENTERPRISE,
    fact: fact.data ?? definition.example,
    flags: fact.flags,
    ...(fact.jurisdiction ? { jurisdiction: fact.jurisdiction } : {}),
  };
}

/** The shorthand as the fact event it records (the decider's id: the department's record id names it). */
export function factEvent(fact: FactShorthand): SubjectStreamEvent<FactRecorded> {
  const command = recordFact(fact);
  return {
    id: factEventId(command.department, command.sourceRecordId),
    type: factEventType(command.definition),
    data: factEventData(command),
  };
}

const asCommand = (command: FactShorthand | SubjectCommand): SubjectCommand => ('kind' in command ? command : recordFact(command));

export interface When {
  readonly decision: Decision;
  /** Asserts the fact is recorded (its data matching `partialData` if given) and returns what would be appended. */
  thenRecords(partialData?: Partial<FactEventData>): FactEventData;
  /** Asserts the decision records, and returns everything it appends. */
  thenAppends(): readonly SubjectStreamEvent[];
  /** Asserts the SubjectListed events decided, in order (each matching its partial data); none if none given. */
  thenLists(...listed: Partial<SubjectListedData>[]): When;
  /** Asserts the SubjectDelisted events decided, in order (each matching its partial data); none if none given. */
  thenDelists(...delisted: Partial<SubjectDelistedData>[]): When;
  /** Asserts a harmless repeat: of the given fact at that index (or with that id), or of any given fact. */
  thenDuplicate(of?: number | string): string;
  /** Asserts a refusal with this code (and field, if given). */
  thenRejects(code: DomainError['code'], field?: string): DomainError;
  /** Asserts the decision matches `expected` (a partial Decision). */
  thenDecides(expected: Readonly<Record<string, unknown>>): Decision;
}

export interface Given {
  /** The given facts' events, in the order given. */
  readonly events: readonly SubjectStreamEvent<FactRecorded>[];
  /** The subject's whole stream: the given facts and, under list rules, the listing decisions they caused. */
  readonly history: readonly SubjectStreamEvent[];
  readonly state: SubjectState;
  /** The same facts recorded under these list rules, each with the listing decisions it causes; `when` decides under them too. */
  under(rules: ListingRules): Given;
  /** Further events on the stream (a rule-set change's listings, an expiry …), as they were recorded. */
  and(...events: SubjectStreamEvent[]): Given;
  /** Decides the command, under `rules` if given (a rule-set activation), else under the given's. */
  when(command: FactShorthand | SubjectCommand, rules?: ListingRules): When;
}

/** A subject whose stream holds these facts (without list rules: no listing decisions among them). */
export function given(...facts: FactShorthand[]): Given {
  const events = facts.map(factEvent);
  return givenHistory(events, events, undefined);
}

function givenHistory(
  events: readonly SubjectStreamEvent<FactRecorded>[],
  history: readonly SubjectStreamEvent[],
  rules: ListingRules | undefined,
): Given {
  const state = foldHistory(catalogue, history);
  return {
    events,
    history,
    state,
    under(listingRules) {
      let recorded = initialSubjectState();
      const stream: SubjectStreamEvent[] = [];
      for (const event of events) {
        const definition = catalogue.forEventType(event.type)!;
        const { subject, department, sourceRecordId, fact, flags, jurisdiction } = event.data;
        const decision = decide(listingRules)(
          { kind: 'RecordFact', definition, subject, department, sourceRecordId, fact, flags, jurisdiction },
          recorded,
        );
        if (decision.outcome !== 'record') throw new Error(`the given ${definition.type} is not recorded: ${JSON.stringify(decision)}`);
        stream.push(...decision.events);
        recorded = decision.events.reduce((current, e) => evolve(catalogue, current, e), recorded);
      }
      return givenHistory(events, stream, listingRules);
    },
    and(...more) {
      return givenHistory(events, [...history, ...more], rules);
    },
    when(command, other) {
      return then(decide(other ?? rules)(asCommand(command), state), events);
    },
  };
}

const listingEventsOf = <T extends SubjectEvent['type']>(decision: Decision, type: T) =>
  decision.outcome === 'record' ? decision.events.filter((event) => event.type === type) : [];

// Deliberately no `then` method: an object with one is a thenable, which `await` and jest treat as a promise.
function then(decision: Decision, events: readonly SubjectStreamEvent[]): When {
  const when: When = {
    decision,
    thenRecords(partialData) {
      expect(decision).toMatchObject({ outcome: 'record' });
      const [fact] = (decision as Extract<Decision, { outcome: 'record' }>).events;
      expect(fact && !isListingEvent(fact)).toBe(true);
      expect(fact.data).toMatchObject(partialData ?? {});
      return fact.data as FactEventData;
    },
    thenAppends() {
      expect(decision.outcome).toBe('record');
      return (decision as Extract<Decision, { outcome: 'record' }>).events;
    },
    thenLists(...listed) {
      expect(decision.outcome).toBe('record');
      expect(listingEventsOf(decision, SUBJECT_LISTED).map((event) => event.data)).toEqual(
        listed.map((data) => expect.objectContaining(data)),
      );
      return when;
    },
    thenDelists(...delisted) {
      expect(decision.outcome).toBe('record');
      expect(listingEventsOf(decision, SUBJECT_DELISTED).map((event) => event.data)).toEqual(
        delisted.map((data) => expect.objectContaining(data)),
      );
      return when;
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
  return when;
}
