import { valueAt, type LocalDate } from '#kernel';
import type { ListTypeDocument } from '../rule-set/rule-set.schema.js';
import { compileConditions, type Predicate } from './compile-condition.js';
import type { CompiledCriterion } from './compiled-rule-set.js';
import { meetsCriterion } from './criterion-met.js';
import type { FactRecord } from './list-entries.js';
import { inWindow } from './regimes.js';

type CriterionDocument = ListTypeDocument['criteria'][number];
type DecisionDocument = NonNullable<CriterionDocument['decision']>;
type StepDocument = NonNullable<CriterionDocument['steps']>[number];

/** Fields of one fact (`by`) that name another fact's (`matches`). */
export type Naming = readonly { readonly by: string; readonly matches: string }[];

export interface CompiledDecision {
  readonly fact: string;
  readonly matches: Predicate;
  readonly naming: Naming;
  /** The decision's date: the entry's since and the regime's deciding date. */
  readonly on: (data: unknown) => LocalDate | undefined;
}

export interface CompiledStep {
  readonly id: string;
  readonly description: string;
  readonly fact: string;
  readonly naming: Naming;
  readonly on?: (data: unknown) => LocalDate | undefined;
}

/** Why a decided entry is flagged: the decision is in force, but the record does not show what it rests on. */
export interface EntryFlag {
  readonly code: 'qualifying-fact-not-recorded' | 'criteria-not-met' | 'step-missing';
  readonly reason: string;
  /** The step missing, for `step-missing`. */
  readonly step?: string;
}

const namingOf = (doc: { readonly by: readonly string[]; readonly matches: readonly string[] }): Naming =>
  doc.by.map((by, i) => ({ by, matches: doc.matches[i] }));

const dateAt = (field: string) => (data: unknown) => valueAt(data, field) as LocalDate | undefined;

export function compileDecision(doc: DecisionDocument): CompiledDecision {
  return { fact: doc.fact, matches: compileConditions(doc.where), naming: namingOf(doc), on: dateAt(doc.on) };
}

export function compileStep(doc: StepDocument): CompiledStep {
  return { id: doc.id, description: doc.description, fact: doc.fact, naming: namingOf(doc), ...(doc.on ? { on: dateAt(doc.on) } : {}) };
}

/** Whether `namer` names `named`: every field pair equal, a list on either side matching if any item equals. */
export function names(namer: FactRecord, naming: Naming, named: FactRecord): boolean {
  return naming.every(({ by, matches }) => {
    const own = valuesAt(namer.data, by);
    const other = valuesAt(named.data, matches);
    return own.some((value) => other.includes(value));
  });
}

function valuesAt(data: unknown, field: string): unknown[] {
  const value = valueAt(data, field);
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The step fact recorded for `qualifying`, dated (where the step says how) on or before `by`. */
export function stepDone(step: CompiledStep, qualifying: FactRecord, facts: readonly FactRecord[], by: LocalDate): FactRecord | undefined {
  return facts.find((fact) => {
    if (fact.type !== step.fact || !names(fact, step.naming, qualifying)) return false;
    const on = step.on?.(fact.data);
    return !step.on || (on !== undefined && on <= by);
  });
}

/** What a decision lists under one criterion: its date, the facts it rests on (causes, in order) and its flags. */
export interface DecidedListing {
  readonly criterion: CompiledCriterion;
  readonly since: LocalDate;
  readonly causes: readonly string[];
  readonly flags: readonly EntryFlag[];
}

/**
 * The listings one decision makes, one per list type (rule-format.md §2). The decision lists even where the
 * record does not show its grounds: the competent authority decided; the entry then carries flags. Of the
 * criteria (in file order) whose decision filter and regime fit the decision, the first the record fully
 * supports is chosen, else the first whose grounds are met (only a step missing), else the first: two limbs of
 * one list share a decision.
 */
export function decidedListings(
  decision: FactRecord,
  record: readonly FactRecord[],
  criteria: readonly CompiledCriterion[],
): DecidedListing[] {
  const byListType = new Map<string, DecidedListing[]>();
  for (const criterion of criteria) {
    const since = criterion.decision!.on(decision.data);
    if (!criterion.decision!.matches(decision.data) || !inWindow(since, criterion.window)) continue;
    const listing = checkDecision(criterion, decision, since, record);
    byListType.set(criterion.listType.id, [...(byListType.get(criterion.listType.id) ?? []), listing]);
  }
  const meetsIts = (l: DecidedListing) => l.flags.every((f) => f.code === 'step-missing');
  return [...byListType.values()].map((fitting) => fitting.find((l) => l.flags.length === 0) ?? fitting.find(meetsIts) ?? fitting[0]);
}

function checkDecision(
  criterion: CompiledCriterion,
  decision: FactRecord,
  since: LocalDate,
  record: readonly FactRecord[],
): DecidedListing {
  const named = record
    .map((fact, position) => ({ fact, position }))
    .filter(({ fact }) => fact.type === criterion.fact && names(decision, criterion.decision!.naming, fact));
  const met = named.find(({ position }) => meetsCriterion(criterion, record, position, { region: decision.region, on: since }));
  const qualifying = (met ?? named[0])?.fact;
  const flags: EntryFlag[] = [];
  if (!qualifying) {
    flags.push({ code: 'qualifying-fact-not-recorded', reason: `no ${criterion.fact} named by the decision is recorded` });
  } else if (!met) {
    const unknown = criterion.jurisdiction?.decide(qualifying.data, decision.region ?? qualifying.region, since);
    flags.push({
      code: 'criteria-not-met',
      reason:
        unknown?.kind === 'unknown'
          ? `${criterion.id} cannot be decided: no ${unknown.table} figure for region ${unknown.region ?? '(unknown)'} on ${since} — threshold unknown, not decided`
          : `the ${criterion.fact} the decision names does not meet ${criterion.id}`,
    });
  }
  const steps = criterion.steps.map((step) => ({ step, done: qualifying && stepDone(step, qualifying, record, since) }));
  for (const { step, done } of steps) {
    if (!done)
      flags.push({
        code: 'step-missing',
        step: step.id,
        reason: `${step.description} (${step.fact}) is not recorded on or before ${since}`,
      });
  }
  return {
    criterion,
    since,
    causes: [decision.eventId, ...(qualifying ? [qualifying.eventId] : []), ...steps.flatMap(({ done }) => (done ? [done.eventId] : []))],
    flags,
  };
}
