import type { RecordedEvent } from '#event-store';
import { valueAt } from '#kernel';
import { canonicalJson } from '../facts/canonical-json.js';
import type { FactCatalogue } from '../facts/fact-catalogue.js';
import type { FactEventData } from './fact-event.js';
import {
  decisionKey,
  initialSubjectState,
  referredDecisions,
  roleKey,
  sourceRecordKey,
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
}

export const workingCopy = (state: SubjectState): WorkingState => ({
  ...state,
  sourceRecords: new Map(state.sourceRecords),
  decisions: new Map(state.decisions),
  openRoles: new Map(state.openRoles),
  endedRoles: new Map(state.endedRoles),
});

/** Folds one event of the subject's stream into its state (copy on write: earlier states stay as they were). */
export function evolve(catalogue: FactCatalogue, state: SubjectState, event: RecordedEvent): SubjectState {
  if (!catalogue.forEventType(event.type)) return state; // listing events and others the fact decider does not need
  const next = workingCopy(state);
  applyInPlace(catalogue, next, event);
  return next;
}

/** The state after a whole history: the same as folding `evolve`, without a copy per event. */
export function foldHistory(catalogue: FactCatalogue, history: readonly RecordedEvent[]): SubjectState {
  const state = workingCopy(initialSubjectState());
  for (const event of history) applyInPlace(catalogue, state, event);
  return state;
}

/** Folds one event into a working state, changing it. */
export function applyInPlace(catalogue: FactCatalogue, state: WorkingState, event: RecordedEvent): void {
  const definition = catalogue.forEventType(event.type);
  if (!definition) return;
  const data = event.data as unknown as FactEventData;
  const seen = { eventId: event.id, fingerprint: lazyFingerprint(definition.type, data.fact) };
  state.kind ??= data.subject.kind;
  state.sourceRecords.set(sourceRecordKey(data.department, data.sourceRecordId), seen);
  if (definition.type === 'SubjectRegistered') state.registration = seen;

  const { decisions } = state;
  if (definition.decisionKey) {
    const key = decisionKey(definition.type, definition.decisionKey.map((field) => valueAt(data.fact, field)));
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
        decisions.set(key, earlier.map((d) => (ended.has(d) ? { ...d, ended: true, endings: [...d.endings, seen] } : d)));
      }
    }
  }

  if (definition.type === 'RoleAppointed' || definition.type === 'RoleEnded') {
    const key = roleKey(data.fact.role, valueAt(data.fact, 'person.idNumber'));
    if (definition.type === 'RoleAppointed') state.openRoles.set(key, String(data.fact.from));
    else {
      state.openRoles.delete(key);
      state.endedRoles.set(key, String(data.fact.to));
    }
  }
}
