/**
 * Jurisdiction thresholds (rule-format §6): a criterion whose threshold is `{ table, value }` is decided with the
 * figure of the region whose authority decides, in force on the deciding date. No figure → the criterion is
 * undecided (`threshold-unknown`), never decided with another region's figure or the national range.
 */
import { valueAt, type LocalDate } from '#kernel';
import { tableThresholds } from '../rule-set/check-jurisdiction.js';
import type { TableRef } from '../rule-set/jurisdiction.schema.js';
import type { ConditionDoc, JurisdictionTable, ThresholdDoc } from '../rule-set/rule-set.schema.js';
import { compileConditions, type Predicate } from './compile-condition.js';
import type { CompiledRuleSet } from './compiled-rule-set.js';
import type { FactRecord } from './list-entries.js';

/** The figure used, for explanations: which region's row, from when, on what basis. */
export interface JurisdictionFigure {
  readonly table: string;
  readonly region: string;
  /** A city row overrides its province's; a province row applies to all its cities without their own. */
  readonly layer: 'province' | 'city';
  readonly effectiveFrom: LocalDate;
  readonly values: Readonly<Record<string, string>>;
  readonly basis: JurisdictionTable['basis'];
  readonly inferred?: string;
}

export type ThresholdOutcome =
  | { readonly kind: 'met'; readonly figures: readonly JurisdictionFigure[] }
  | { readonly kind: 'not-met'; readonly figures: readonly JurisdictionFigure[] }
  | {
      readonly kind: 'unknown';
      readonly reason: 'threshold-unknown';
      /** The table without a row for the region on the date. */
      readonly table: string;
      /** The region tried; undefined when the fact's jurisdiction is not known (a person, no department region). */
      readonly region?: string;
      /** The codes looked up, most specific first: the city's, then the province's. */
      readonly tried: readonly string[];
      readonly on: LocalDate;
      readonly figures: readonly JurisdictionFigure[];
    };

/** The province (XX0000) and city (XXXX00) of a GB/T 2260 code, most specific first; empty if it is not one. */
export function regionLevels(region: string | undefined): string[] {
  if (!region || !/^\d{6}$/.test(region) || region.startsWith('00')) return [];
  const city = `${region.slice(0, 4)}00`;
  const province = `${region.slice(0, 2)}0000`;
  return city === province ? [province] : [city, province];
}

/** The rows of the rule set's tables, looked up by table, region and date. */
export class JurisdictionTables {
  private readonly rows = new Map<string, JurisdictionFigure[]>();

  constructor(tables: readonly JurisdictionTable[] = []) {
    for (const table of tables) {
      for (const row of table.rows) {
        const key = `${table.id}␀${row.region}`;
        const figure: JurisdictionFigure = {
          table: table.id,
          region: row.region,
          layer: row.region.endsWith('0000') ? 'province' : 'city',
          effectiveFrom: row.effectiveFrom as LocalDate,
          values: row.values,
          basis: row.basis,
          inferred: row.inferred,
        };
        this.rows.set(
          key,
          [...(this.rows.get(key) ?? []), figure].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1)),
        );
      }
    }
  }

  /** The city's row if it has one in force on `on`, else the province's: the row with the latest effectiveFrom ≤ on. */
  figure(table: string, region: string | undefined, on: LocalDate): JurisdictionFigure | undefined {
    for (const level of regionLevels(region)) {
      const found = this.rows.get(`${table}␀${level}`)?.find((row) => row.effectiveFrom <= on);
      if (found) return found;
    }
    return undefined;
  }
}

/** A criterion with table thresholds, compiled: decided per region and date. */
export interface JurisdictionCriterion {
  readonly tables: readonly string[];
  /** Without a region: met only if met whatever the figures are. */
  readonly regardlessOfFigure: Predicate;
  /**
   * `region`: the deciding authority's region (the FactRecord's, or for a criterion listed by decision the
   * decision's); `on`: the deciding date (default the criterion's `since` field).
   */
  decide(data: unknown, region: string | undefined, on?: LocalDate): ThresholdOutcome;
}

interface CriterionShape {
  readonly where?: readonly ConditionDoc[];
  readonly since: string;
  readonly effectiveFrom?: string;
  readonly effectiveUntil?: string;
}

const ALWAYS: ConditionDoc = { allOf: [] };
const NEVER: ConditionDoc = { anyOf: [] };

/** Undefined when the criterion reads no table. */
export function compileJurisdictionCriterion(criterion: CriterionShape, tables: JurisdictionTables): JurisdictionCriterion | undefined {
  const refs = tableThresholds(criterion.where ?? [], '').map(({ threshold }) => threshold.table!);
  if (refs.length === 0) return undefined;
  const names = [...new Set(refs.map((ref) => ref.table))];
  const compiled = new Map<string, Predicate>();
  /** The where conditions with known figures written in, unknown ones as always (or never) met. */
  const predicate = (figures: ReadonlyMap<string, JurisdictionFigure>, unknownMet: boolean): Predicate => {
    const key = `${unknownMet}|${[...figures.values()].map((f) => `${f.table}@${f.region}@${f.effectiveFrom}`).join(',')}`;
    let found = compiled.get(key);
    if (!found) {
      const figureOf = (ref: TableRef) => figures.get(ref.table)?.values[ref.value];
      found = compileConditions(substitute(criterion.where ?? [], figureOf, unknownMet) as ConditionDoc[]);
      compiled.set(key, found);
    }
    return found;
  };
  const inWindow = (on: string) =>
    (!criterion.effectiveFrom || on >= criterion.effectiveFrom) && (!criterion.effectiveUntil || on < criterion.effectiveUntil);
  const none = new Map<string, JurisdictionFigure>();
  return {
    tables: names,
    regardlessOfFigure: (data) => {
      const on = valueAt(data, criterion.since) as string | undefined;
      return !!on && inWindow(on) && predicate(none, false)(data);
    },
    decide(data, region, on = valueAt(data, criterion.since) as LocalDate | undefined) {
      if (!on || !inWindow(on)) return { kind: 'not-met', figures: [] };
      const figures = new Map<string, JurisdictionFigure>();
      for (const name of names) {
        const figure = tables.figure(name, region, on);
        if (figure) figures.set(name, figure);
      }
      const used = [...figures.values()];
      const missing = names.find((name) => !figures.has(name));
      if (!missing) return { kind: predicate(figures, false)(data) ? 'met' : 'not-met', figures: used };
      // The conditions have no negation: if the answer is the same with the unknown figure always and never met,
      // it does not depend on that figure (another limb decides).
      const ifMet = predicate(figures, true)(data);
      if (ifMet === predicate(figures, false)(data)) return { kind: ifMet ? 'met' : 'not-met', figures: used };
      return { kind: 'unknown', reason: 'threshold-unknown', table: missing, region, tried: regionLevels(region), on, figures: used };
    },
  };
}

function substitute(node: unknown, figureOf: (ref: TableRef) => string | undefined, unknownMet: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => substitute(item, figureOf, unknownMet));
  if (typeof node !== 'object' || node === null) return node;
  const threshold = (node as { threshold?: ThresholdDoc }).threshold;
  if (threshold?.table) {
    const figure = figureOf(threshold.table);
    if (figure === undefined) return unknownMet ? ALWAYS : NEVER;
    const rest = substitute({ ...node, threshold: undefined }, figureOf, unknownMet) as object;
    return { ...rest, threshold: { word: threshold.word, value: figure, unit: threshold.unit } };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, substitute(value, figureOf, unknownMet)]));
}

/** A criterion that could not be decided on a fact for want of the region's figure: what explain and candidates show. */
export interface UndecidedCriterion {
  readonly listType: string;
  readonly criterion: string;
  readonly eventId: string;
  readonly reason: 'threshold-unknown';
  readonly table: string;
  readonly region?: string;
  readonly tried: readonly string[];
  readonly on: LocalDate;
}

/** Whether a fact of `region` lies in a layer's province (XX0000) or city (XXXX00); a fact of no known region lies in none. */
export function withinLayer(region: string | undefined, layer: string): boolean {
  const prefix = layer.endsWith('0000') ? layer.slice(0, 2) : layer.slice(0, 4);
  return !!region && /^\d{6}$/.test(region) && region.startsWith(prefix);
}

/** The criteria the subject's facts leave undecided because the region has no figure for the date. */
export function undecidedCriteria(facts: readonly FactRecord[], rules: CompiledRuleSet): UndecidedCriterion[] {
  return facts.flatMap((fact) =>
    [...(rules.criteriaByFact.get(fact.type) ?? []), ...decidedOn(fact.type, rules)].flatMap((criterion) => {
      if (criterion.listType.layer && !withinLayer(fact.region, criterion.listType.layer)) return [];
      const outcome = criterion.jurisdiction?.decide(fact.data, fact.region);
      return outcome?.kind === 'unknown'
        ? [
            {
              listType: criterion.listType.id,
              criterion: criterion.id,
              eventId: fact.eventId,
              reason: outcome.reason,
              table: outcome.table,
              region: outcome.region,
              tried: outcome.tried,
              on: outcome.on,
            },
          ]
        : [];
    }),
  );
}

/** "threshold unknown — not decided" with the table and region, for `rules explain`. */
export function describeUndecided(undecided: UndecidedCriterion): string {
  return (
    `criterion ${undecided.criterion} (${undecided.listType}) on ${undecided.eventId}: threshold unknown — not decided ` +
    `(${undecided.reason}: no ${undecided.table} figure for ` +
    `${undecided.region ? `${undecided.region} (looked up ${undecided.tried.join(', ')})` : 'an unknown region (no department or registration region)'} on ${undecided.on})`
  );
}

/** The criteria listed by a decision whose qualifying fact is of this type (their figure is read on that fact too). */
function decidedOn(type: string, rules: CompiledRuleSet) {
  return [...rules.criteriaByDecision.values()].flat().filter((criterion) => criterion.fact === type);
}
