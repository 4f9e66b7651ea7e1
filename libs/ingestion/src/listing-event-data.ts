import type { ReachedPerson, SubjectState } from '#credit';
import { personsReached, type CompiledRuleSet, type ReachableEntry } from '#rules';

/** The persons a new entry reaches, as known when it is decided (recorded on SubjectListed for the audit). */
export function reachedPersons(state: SubjectState, entry: ReachableEntry, rules: CompiledRuleSet): ReachedPerson[] {
  return personsReached(entry, state.roles, rules).map(({ role, idNumber, roleSince }) => ({ role, idNumber, since: roleSince }));
}
