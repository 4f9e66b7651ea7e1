import { valueAt } from '#kernel';
import { withRoleFact, type RoleHeld } from '../facts/catalogue/person-roles.js';
import { canonicalJson } from '../facts/canonical-json.js';
import type { FactCatalogue } from '../facts/fact-catalogue.js';
import { withDerivedFields } from '../facts/derived-fields.js';
import type { FactDefinition } from '../facts/fact-definition.js';
import { withRegion } from './fact-region.js';
import { revokedEventOf } from './record-revocation.js';
import { isCandidateEvent, isListingEvent, type FactRecorded, type ListingEvent, type SubjectStreamEvent } from './subject-events.js';
import {
  decisionKey,
  initialSubjectState,
  referredDecisions,
  roleKey,
  sourceRecordKey,
  type RecordedFact,
  type SeenDecision,
  type SeenRecord,
  type SubjectState,
} from './subject-state.js';

/** The fingerprint that tells a harmless repeat from a conflicting one. */
export const factFingerprint = (type: string, fact: unknown) => canonicalJson({ type, fact });

function lazyFingerprint(type: string, fact: unknown): () => string {
  let fingerprint: string | undefined;
  return () => (fingerprint ??= factFingerprint(type, fact));
}

/** A state the decider may change in place: for folding a history or a batch without a copy per event. */
export interface WorkingState {
  kind?: SubjectState['kind'];
  registration?: SeenRecord;
  sourceRecords: Map<string, SeenRecord>;
  decisions: Map<string, readonly SeenDecision[]>;
  openRoles: Map<string, string>;
  endedRoles: Map<string, string>;
  roles: readonly RoleHeld[];
  facts: RecordedFact[];
  listings: SubjectStreamEvent<ListingEvent>[];
}

export const workingCopy = (state: SubjectState): WorkingState => ({
  ...state,
  sourceRecords: new Map(state.sourceRecords),
  decisions: new Map(state.decisions),
  openRoles: new Map(state.openRoles),
  endedRoles: new Map(state.endedRoles),
  roles: state.roles,
  facts: [...state.facts],
  listings: [...state.listings],
});

/** Folds one event of the subject's stream into its state (copy on write: earlier states stay as they were). */
export function evolve(catalogue: FactCatalogue, state: SubjectState, event: SubjectStreamEvent): SubjectState {
  const next = workingCopy(state);
  applyInPlace(catalogue, next, event);
  return next;
}

/** The state after a whole history: the same as folding `evolve`, without a copy per event. */
export function foldHistory(catalogue: FactCatalogue, history: readonly SubjectStreamEvent[]): SubjectState {
  const state = workingCopy(initialSubjectState());
  for (const event of history) applyInPlace(catalogue, state, event);
  return state;
}

/** Folds one event into a working state, changing it. An event type the stream does not know is passed over. */
export function applyInPlace(catalogue: FactCatalogue, state: WorkingState, event: SubjectStreamEvent): void {
  if (isListingEvent(event)) {
    state.listings.push(event);
    return;
  }
  if (isCandidateEvent(event)) return; // candidacies are judged again from the facts
  const definition = catalogue.forEventType(event.type);
  if (definition) applyFact(definition, state, event);
}

/** Folds a fact event of this definition into a working state, changing it. */
export function applyFact(definition: FactDefinition, state: WorkingState, event: SubjectStreamEvent<FactRecorded>): void {
  const { data } = event;
  const seen = { eventId: event.id, fingerprint: lazyFingerprint(definition.type, data.fact) };
  state.kind ??= data.subject.kind;
  state.sourceRecords.set(sourceRecordKey(data.department, data.sourceRecordId), seen);
  state.facts.push({
    eventId: event.id,
    type: definition.type,
    data: withDerivedFields(definition, data.fact),
    ...withRegion(data.subject, data.jurisdiction),
    department: data.department,
  });
  if (definition.effect === 'registers-subject') state.registration = seen;
  if (definition.effect === 'revokes-record') readOut(state, revokedEventOf(data.fact));

  const { decisions } = state;
  if (definition.decisionKey) {
    const key = decisionKey(
      definition.type,
      definition.decisionKey.map((field) => valueAt(data.fact, field)),
    );
    const recorded: SeenDecision = { ...seen, type: definition.type, department: data.department, ended: false, endings: [] };
    decisions.set(key, [...(decisions.get(key) ?? []), recorded]);
  }
  if (definition.refersTo?.ends) {
    const values = definition.refersTo.by.map((field) => valueAt(data.fact, field));
    const ended = new Set(referredDecisions({ decisions }, definition.refersTo.types, values, data.department));
    for (const type of definition.refersTo.types) {
      const key = decisionKey(type, values);
      const earlier = decisions.get(key);
      if (earlier?.some((decision) => ended.has(decision))) {
        decisions.set(
          key,
          earlier.map((d) => (ended.has(d) ? { ...d, ended: true, endings: [...d.endings, seen] } : d)),
        );
      }
    }
  }

  if (definition.effect === 'appoints-role' || definition.effect === 'ends-role') {
    const key = roleKey(data.fact.role, valueAt(data.fact, 'person.idNumber'));
    if (definition.effect === 'appoints-role') state.openRoles.set(key, String(data.fact.from));
    else {
      state.openRoles.delete(key);
      state.endedRoles.set(key, String(data.fact.to));
    }
    state.roles = withRoleFact(state.roles, definition.type, data.fact);
  }
}

/** A fact revoked void from the start leaves the history the rules read, and its decision is over: nothing refers to it again. */
function readOut(state: WorkingState, revoked: string): void {
  const at = state.facts.findIndex((fact) => fact.eventId === revoked);
  if (at >= 0) state.facts.splice(at, 1);
  for (const [key, decisions] of state.decisions) {
    if (decisions.some((decision) => decision.eventId === revoked))
      state.decisions.set(
        key,
        decisions.map((decision) => (decision.eventId === revoked ? { ...decision, ended: true } : decision)),
      );
  }
}
