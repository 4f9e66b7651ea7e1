import { addMonths, valueAt, type LocalDate } from '#kernel';
import type { CompiledApplication, CompiledCriterion, CompiledExit, CompiledRequirement, CompiledRuleSet } from './compiled-rule-set.js';
import type { FactRecord, ListEntry } from './list-entries.js';
import { meetsCriterion } from './criterion-met.js';
import { endOfRenewalPeriod } from './renewal.js';

/** Why an exit's end is flagged: the authority decided, but the record does not show a precondition (§4). */
export interface ExitFlag {
  readonly code: 'precondition-missing' | 'reoffended';
  /** The requirement id, for `precondition-missing`. */
  readonly requirement?: string;
  readonly reason: string;
}

/**
 * Ends the entries an exit fact ends (rule-format.md §4): the exit fact meets its `where`, names the listing, and
 * the entry is of the exit's `criteria`. An exit on application ends the entry even when a precondition is unmet
 * (the authority decided), on the later of its date and the minimum, with `ended.flags` naming what was missing.
 * `history` is the facts recorded so far, the exit fact included.
 */
export function applyExit(
  entries: ListEntry[],
  exit: CompiledExit,
  fact: FactRecord,
  history: readonly FactRecord[],
  rules: CompiledRuleSet,
): void {
  const on = exit.endsOn(fact.data);
  const date = exit.date(fact.data);
  if (!on || !date || !exit.accepts(fact.data, exit.acceptsNeedsHistory ? { history, on: date } : undefined)) return;
  entries.forEach((entry, i) => {
    if (entry.listType !== exit.listType.id || entry.ended?.reason === 'black-listing') return;
    if (exit.regime !== undefined && entry.regime?.id !== exit.regime) return;
    if (exit.criteria && !exit.criteria.has(entry.criterion)) return;
    const named = exit.fields.every((f) => names(valueAt(fact.data, f.by), valueAt(entry.listingFact.data, f.matches)));
    const same = exit.replaces ? !named && on > entry.since : named;
    if (!same) return;
    const delayed = entry.exitsDelayedMonths ? addMonths(on, entry.exitsDelayedMonths) : on;
    let effective = entry.exitsNotBefore && entry.exitsNotBefore > delayed ? entry.exitsNotBefore : delayed;
    if (entry.renewal) {
      const periodEnd = endOfRenewalPeriod(entry.renewal, date);
      if (periodEnd > effective) effective = periodEnd;
    }
    let flags: ExitFlag[] | undefined;
    if (exit.application) {
      const checked = checkApplication(exit.application, entry, date, history, rules);
      if (checked.minimum && checked.minimum > effective) effective = checked.minimum;
      if (checked.flags.length > 0) flags = checked.flags;
    }
    // Several exits may end one entry (performance, then the court's deletion): the earliest end holds.
    if (!entry.ended || effective < entry.ended.on) {
      entries[i] = {
        ...entry,
        ended: { on: effective, reason: 'exit', eventId: fact.eventId, basis: exit.basis, ...(flags && { flags }) },
      };
    }
  });
}

/** A field value names another when they are equal, or when either is a list holding the other. */
function names(value: unknown, named: unknown): boolean {
  if (value === undefined || named === undefined) return value === named;
  if (Array.isArray(named)) return Array.isArray(value) ? value.some((v) => named.includes(v)) : named.includes(value);
  if (Array.isArray(value)) return value.includes(named);
  return value === named;
}

function checkApplication(
  application: CompiledApplication,
  entry: ListEntry,
  exitDate: LocalDate,
  history: readonly FactRecord[],
  rules: CompiledRuleSet,
): { minimum?: LocalDate; flags: ExitFlag[] } {
  const flags: ExitFlag[] = [];
  const found = application.requires.map((requirement) => {
    const met = requirementFact(requirement, entry, history, exitDate);
    if (!met)
      flags.push({
        code: 'precondition-missing',
        requirement: requirement.id,
        reason: `${requirement.id} (${requirement.description}): no ${requirement.fact} naming the listing on or before ${exitDate}`,
      });
    return met && requirement.on(met.data);
  });
  const reoffence = application.noReoffence && newQualifyingFact(application.noReoffence, entry, exitDate, history, rules);
  if (reoffence)
    flags.push({
      code: 'reoffended',
      reason: `${reoffence.criterion} met again by ${reoffence.fact.type} ${reoffence.fact.eventId} on ${reoffence.on}, after the listing on ${entry.since}`,
    });
  const minimum = application.minimum;
  if (!minimum) return { flags };
  const { from, earliest } = applicationMinimum(minimum, entry, found[0]);
  if (exitDate < earliest)
    flags.push({
      code: 'precondition-missing',
      requirement: 'minimum',
      reason: `decided on ${exitDate}, before the minimum of ${minimum.months} months from ${from} (${earliest}); it takes effect on ${earliest}`,
    });
  return { minimum: earliest, flags };
}

/** The fact that meets an application's requirement for the entry, dated on or before `on`. */
export function requirementFact(
  requirement: CompiledRequirement,
  entry: ListEntry,
  history: readonly FactRecord[],
  on: LocalDate,
): FactRecord | undefined {
  return history.find(
    (f) =>
      f.type === requirement.fact &&
      requirement.fields.every((m) => names(valueAt(f.data, m.by), valueAt(entry.listingFact.data, m.matches))) &&
      (requirement.on(f.data) ?? '9999-12-31') <= on,
  );
}

/**
 * The earliest date an application may end the entry: from the correction (`correctedOn`, the first requirement's
 * date), but never before the listing (a correction before the listing counts from the listing); without the
 * correction on record, from the listing (inferred: the earliest it could count from).
 */
export function applicationMinimum(
  minimum: NonNullable<CompiledApplication['minimum']>,
  entry: ListEntry,
  correctedOn: LocalDate | undefined,
): { from: LocalDate; earliest: LocalDate } {
  const from = minimum.from === 'correction' && correctedOn && correctedOn > entry.since ? correctedOn : entry.since;
  return { from, earliest: addMonths(from, minimum.months) };
}

function newQualifyingFact(
  criteria: ReadonlySet<string>,
  entry: ListEntry,
  exitDate: LocalDate,
  history: readonly FactRecord[],
  rules: CompiledRuleSet,
): { fact: FactRecord; criterion: string; on: LocalDate } | undefined {
  const named = allCriteria(rules).filter((c) => criteria.has(c.id));
  for (const fact of history) {
    if (entry.causes.includes(fact.eventId)) continue;
    for (const criterion of named) {
      if (criterion.fact !== fact.type) continue;
      const on = criterion.since(fact.data);
      if (on && on > entry.since && on <= exitDate && meetsCriterion(criterion, history, history.indexOf(fact)))
        return { fact, criterion: criterion.id, on };
    }
  }
  return undefined;
}

/** Every criterion, listed by its own fact or by a decision on its qualifying fact (`fact`). */
function allCriteria(rules: CompiledRuleSet): CompiledCriterion[] {
  return [...rules.criteriaByFact.values(), ...rules.criteriaByDecision.values()].flat();
}
