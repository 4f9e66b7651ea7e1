import type { ReachedPerson, SubjectDelistedData, SubjectListedData, SubjectState } from '#credit';
import { personsReached, type CompiledRuleSet, type ListEntry } from '#rules';

/** The persons a new entry reaches, as known when it is decided (recorded on SubjectListed for the audit). */
export function reachedPersons(state: SubjectState, entry: ListEntry, rules: CompiledRuleSet): ReachedPerson[] {
  return personsReached(entry, state.roles, rules).map(({ role, idNumber, roleSince }) => ({ role, idNumber, since: roleSince }));
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
    reaches,
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
