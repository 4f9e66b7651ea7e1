/**
 * Helpers for given-when-then specs of the shipped memoranda: load the head and some memorandum files as
 * one compiled rule set, write facts tersely, and ask for list entries and measure ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { LocalDate } from '#kernel';
import { compileRuleSet, type CompiledRuleSet } from '../evaluator/compiled-rule-set.js';
import { listEntries, type FactRecord, type ListEntry } from '../evaluator/list-entries.js';
import { applicableMeasures, type ApplicableMeasure, type MeasureQuery, type Reached } from '../evaluator/measures.js';
import { parseRuleSet } from '../rule-set/parse-rule-set.js';

export const MEMORANDA_DIRECTORY = path.resolve('libs/rules/src/memoranda');

export const memorandumFile = (name: string) => fs.readFileSync(path.join(MEMORANDA_DIRECTORY, name), 'utf8');

/** The shipped head (with its 1798 policy) and the named memorandum files, or parts given as objects. */
export function loadRules(...parts: (string | Record<string, unknown>)[]): CompiledRuleSet {
  const merged: Record<string, unknown[]> & Record<string, unknown> = {
    ...parse(memorandumFile('rule-set.yaml')),
    memoranda: [],
    listTypes: [],
    measures: [],
  };
  for (const part of parts) {
    const content = typeof part === 'string' ? parse(memorandumFile(part)) : part;
    for (const section of ['regimes', 'memoranda', 'listTypes', 'measures', 'publicationPeriods', 'jurisdictionTables']) {
      if (content[section]) merged[section] = [...((merged[section] as unknown[]) ?? []), ...content[section]];
    }
  }
  const parsed = parseRuleSet(JSON.stringify(merged), parts.filter((p) => typeof p === 'string').join('+') || 'spec');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
  return compileRuleSet(parsed.ruleSet);
}

let sequence = 0;
export const fact = (type: string, data: Record<string, unknown>, region?: string): FactRecord => ({
  eventId: `event-${++sequence}`,
  type,
  data,
  ...(region && { region }),
});

export const ENTERPRISE: Reached = { as: 'subject', naturalPerson: false };
export const PERSON: Reached = { as: 'subject', naturalPerson: true };

export type SpecQuery = Omit<MeasureQuery, 'asOf'> & { readonly asOf: string };

export function measures(rules: CompiledRuleSet, facts: FactRecord[], reached: Reached, query: SpecQuery): ApplicableMeasure[] {
  return applicableMeasures(listEntries(facts, rules), reached, { ...query, asOf: query.asOf as LocalDate }, rules);
}

export function measureIds(rules: CompiledRuleSet, facts: FactRecord[], reached: Reached, query: SpecQuery): string[] {
  return measures(rules, facts, reached, query)
    .map((m) => m.id)
    .sort();
}

export function entries(rules: CompiledRuleSet, facts: FactRecord[]): ListEntry[] {
  return listEntries(facts, rules);
}

/** A procurement ban on the given list types, standing on a test statute: the measure synthetic rule sets share. */
export function procurementBan(id: string, memorandum: string, listTypes: string[], basis: { documentNumber: string; sources: string[] }) {
  return {
    id,
    memorandum,
    kind: 'punishment',
    text: '限制政府采购',
    gloss: 'procurement ban',
    departments: ['mof'],
    statute: { ...basis, level: '部门规章' },
    listTypes,
    reaches: ['subject'],
    scenarios: ['government-procurement'],
    basis,
  };
}
