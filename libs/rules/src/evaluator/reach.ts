import { directlyResponsibleIn, type PersonRole, type RoleHeld } from '#credit';
import type { LocalDate } from '#kernel';
import type { RoleTiming } from '../rule-set/vocabulary.js';
import type { CompiledRuleSet } from './compiled-rule-set.js';
import type { ListEntry } from './list-entries.js';

/** A person a list entry reaches, the role through which it does, and the first day it does. */
export interface PersonReached {
  readonly idNumber: string;
  readonly role: PersonRole;
  /** The entry's `since`, or the day a role taken up while the entry lasts began (`held-while-listed`). */
  readonly from: LocalDate;
  /** Since when they hold the role; for a person named directly responsible, the entry's `since`. */
  readonly roleSince: LocalDate;
}

/**
 * Whom a list entry reaches through a role: the only place this rule lives. The list type states when a role
 * must be held (`reachesPersons` in the rule set); the roles are periods of office, judged by their dates, not
 * by when they were recorded. A person is reached only through a role that some measure of the list names,
 * and a person the deciding department found directly responsible only through the entry its decision
 * started. Leaving the role does not end the reach: a restriction binds whoever held the role when it was
 * imposed, until the entry ends or a court releases them.
 */
export function personsReached(entry: ReachableEntry, roles: readonly RoleHeld[], rules: CompiledRuleSet): PersonReached[] {
  const timing = rules.listTypes.get(entry.listType)?.reachesPersons;
  if (timing === undefined || timing === 'none') return [];
  const named = rolesNamedByMeasures(entry.listType, rules);
  const found = new Map<string, PersonReached>();
  const add = (reached: PersonReached) => {
    const key = `${reached.role}\u0000${reached.idNumber}`;
    const earlier = found.get(key);
    if (!earlier || reached.from < earlier.from) found.set(key, reached);
  };
  // named-in-decision: registered roles reach no one; only the persons the decision names (below).
  if (timing !== 'named-in-decision') {
    for (const held of roles) {
      if (!named.has(held.role)) continue;
      const from = firstDayReached(held, entry, timing);
      if (from) add({ idNumber: held.idNumber, role: held.role, from, roleSince: held.from });
    }
  }
  if (named.has('directly-responsible-person')) {
    for (const { person } of directlyResponsibleIn(entry.listingFact.data))
      add({ idNumber: person.idNumber, role: 'directly-responsible-person', from: entry.since, roleSince: entry.since });
  }
  return [...found.values()];
}

/** What reach reads of an entry: its list type, its days, and the fact that listed it (persons named in it). */
export interface ReachableEntry {
  readonly listType: string;
  readonly since: LocalDate;
  readonly until?: LocalDate;
  readonly ended?: { readonly on: LocalDate };
  readonly listingFact: { readonly data: Readonly<Record<string, unknown>> };
}

/** The roles through which some measure of the list type reaches a person. */
export function rolesNamedByMeasures(listType: string, rules: CompiledRuleSet): ReadonlySet<PersonRole> {
  const named = new Set<PersonRole>();
  for (const { document } of rules.measuresByListType.get(listType) ?? []) {
    for (const reach of document.reaches) if (reach !== 'subject' && reach !== 'natural-person-subject') named.add(reach);
  }
  return named;
}

function firstDayReached(
  held: RoleHeld,
  entry: ReachableEntry,
  timing: Exclude<RoleTiming, 'none' | 'named-in-decision'>,
): LocalDate | undefined {
  if (heldOn(held, entry.since)) return entry.since;
  if (timing === 'held-while-listed' && held.from > entry.since && isBefore(held.from, endOf(entry))) return held.from;
  return undefined;
}

/** `until` is the 离任日期: the role is not held on it (a successor may take it up that day). */
const heldOn = (held: RoleHeld, day: LocalDate) => held.from <= day && (held.until === undefined || day < held.until);

/** The first day the entry no longer applies: its exit, or the end of its fixed term; undefined while open-ended. */
function endOf(entry: ReachableEntry): LocalDate | undefined {
  const ends = [entry.ended?.on, entry.until].filter((day): day is LocalDate => day !== undefined);
  return ends.length > 0 ? ends.reduce((a, b) => (a < b ? a : b)) : undefined;
}

const isBefore = (day: LocalDate, end: LocalDate | undefined) => end === undefined || day < end;

/** One organisation as the reach of its entries needs it: its entries and its roles' history. */
export interface OrganizationRecord<Entry extends ListEntry = ListEntry> {
  readonly subject: string;
  readonly entries: readonly Entry[];
  readonly roles: readonly RoleHeld[];
}

/** An organisation's entry that reaches a person, through a role, from a day. */
export interface EntryThroughRole<Entry extends ListEntry = ListEntry> {
  readonly entry: Entry;
  /** The listed organisation. */
  readonly subject: string;
  readonly role: PersonRole;
  readonly from: LocalDate;
}

/** The organisations' entries that reach `idNumber`, each once per role, in the organisations' and entries' order. */
export function entriesReaching<Entry extends ListEntry>(
  idNumber: string,
  organizations: readonly OrganizationRecord<Entry>[],
  rules: CompiledRuleSet,
): EntryThroughRole<Entry>[] {
  return organizations.flatMap(({ subject, entries, roles }) => {
    const own = roles.filter((held) => held.idNumber === idNumber);
    return entries.flatMap((entry) =>
      personsReached(entry, own, rules)
        .filter((reached) => reached.idNumber === idNumber)
        .map(({ role, from }) => ({ entry, subject, role, from })),
    );
  });
}
