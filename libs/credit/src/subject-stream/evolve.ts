import type { RecordedEvent } from '#event-store';
import { canonicalJson, valueAt } from '../facts/canonical-json.js';
import type { FactCatalogue } from '../facts/fact-catalogue.js';
import type { FactEventData } from './fact-event.js';
import {
  decisionKey,
  referredDecisions,
  roleKey,
  sourceRecordKey,
  type SeenDecision,
  type SubjectState,
} from './subject-state.js';

/** The fingerprint that tells a harmless repeat from a conflicting one. */
export const factFingerprint = (type: string, fact: unknown) => canonicalJson({ type, fact });

/** Folds one event of the subject's stream into its state (copy on write: earlier states stay as they were). */
export function evolve(catalogue: FactCatalogue, state: SubjectState, event: RecordedEvent): SubjectState {
  const definition = catalogue.forEventType(event.type);
  if (!definition) return state; // listing events and others the fact decider does not need
  const data = event.data as unknown as FactEventData;
  const seen = { eventId: event.id, fingerprint: factFingerprint(definition.type, data.fact) };
  const next: { -readonly [K in keyof SubjectState]: SubjectState[K] } = { ...state, kind: state.kind ?? data.subject.kind };

  next.sourceRecords = new Map(state.sourceRecords).set(sourceRecordKey(data.department, data.sourceRecordId), seen);
  if (definition.type === 'SubjectRegistered') next.registration = seen;

  if (definition.decisionKey || definition.refersTo?.ends) {
    const decisions = new Map(state.decisions);
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
    next.decisions = decisions;
  }

  if (definition.type === 'RoleAppointed' || definition.type === 'RoleEnded') {
    const roles = new Map(state.openRoles);
    const key = roleKey(data.fact.role, valueAt(data.fact, 'person.idNumber'));
    if (definition.type === 'RoleAppointed') roles.set(key, String(data.fact.from));
    else {
      roles.delete(key);
      next.endedRoles = new Map(state.endedRoles).set(key, String(data.fact.to));
    }
    next.openRoles = roles;
  }
  return next;
}
