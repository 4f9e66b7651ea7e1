import type { ReachedPerson, SubjectDelistedData, SubjectListedData, SubjectState } from '#credit';
import type { CompiledRuleSet, ListEntry } from '#rules';

/** The persons a black listing reaches: whoever holds a role in the organisation at that moment. */
export function reachedPersons(state: SubjectState): ReachedPerson[] {
  return [...state.openRoles].map(([key, since]) => {
    const [role, idNumber] = key.split('\u0000');
    return { role, idNumber, since };
  });
}

export function listedData(entry: ListEntry, rules: CompiledRuleSet, reaches: readonly ReachedPerson[]): SubjectListedData {
  return {
    listType: entry.listType,
    label: entry.label,
    color: entry.color,
    memorandum: entry.memorandum,
    criterion: entry.criterion,
    ruleSet: { id: rules.id, version: rules.version },
    since: entry.since,
    until: entry.until,
    termKind: entry.termKind,
    causes: entry.causes,
    listingFact: entry.listingFact,
    basis: { documentNumber: entry.basis.documentNumber, clause: entry.basis.clause },
    reaches: entry.color === 'black' ? reaches : [],
  };
}

/** `entry.ended` says when and why; `cause` is the fact (or the activation) that ended it. */
export function delistedData(entry: ListEntry, cause: string, rules: CompiledRuleSet): SubjectDelistedData {
  const ended = entry.ended!;
  return {
    listType: entry.listType,
    listingFactEventId: entry.listingFact.eventId,
    on: ended.on,
    reason: ended.reason,
    cause,
    basis: { documentNumber: ended.basis.documentNumber, clause: ended.basis.clause },
    ruleSet: { id: rules.id, version: rules.version },
  };
}
