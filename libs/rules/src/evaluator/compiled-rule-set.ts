import {
  addDays,
  addMonths,
  CalendarDataMissingError,
  OfficialWorkingDayCalendar,
  valueAt,
  type LocalDate,
  type WorkingDayCalendar,
} from '#kernel';
import type { ListTypeDocument, MeasureDocument, RuleSetDocument } from '../rule-set/rule-set.schema.js';
import type { ListRecord, RoleTiming } from '../rule-set/vocabulary.js';
import { threshold, type Threshold } from '../values/threshold.js';
import { compileConditions, needsHistory, type Predicate } from './compile-condition.js';
import { compileDecision, compileStep, type CompiledDecision, type CompiledStep } from './decided-listings.js';
import { entryRegime, inWindow, regimesById, windowOf, type EntryRegime, type Window } from './regimes.js';
import { compileJurisdictionCriterion, JurisdictionTables, type JurisdictionCriterion } from './jurisdiction.js';
import { publicationPeriodsOf, publicationWindow } from './publication-window.js';

export type Basis = ListTypeDocument['criteria'][number]['basis'];

export interface CompiledCriterion {
  readonly id: string;
  readonly listType: CompiledListType;
  /** The fact type the criterion reads (the qualifying fact of a decided listing). */
  readonly fact: string;
  /** Its conditions; for a criterion listed by its own fact, also its window on the fact's `since`. */
  readonly matches: Predicate;
  /** Its conditions read the subject's other facts (`absent`, `consecutive`): evaluate it with the history. */
  readonly needsHistory: boolean;
  readonly regime?: EntryRegime;
  /** Where the deciding date must fall: the regime's window narrowed by the criterion's own dates. */
  readonly window: Window;
  /** Listed by the competent authority's decision on the fact, not by the fact itself (rule-format.md §2). */
  readonly decision?: CompiledDecision;
  readonly steps: readonly CompiledStep[];
  /** Count the subject's facts of this type that match, within `months` before this one (this one included). */
  readonly history?: { readonly months: number; readonly count: Threshold };
  readonly since: (data: unknown) => LocalDate | undefined;
  readonly basis: Basis;
  /** Set when a threshold is read from a jurisdiction table (§6): decide with `meetsCriterion`, not `matches`. */
  readonly jurisdiction?: JurisdictionCriterion;
}

export interface CompiledExit {
  readonly listType: CompiledListType;
  /** The exit fact's own conditions (`where`): one that does not meet them ends nothing. */
  readonly accepts: Predicate;
  readonly acceptsNeedsHistory: boolean;
  /** Only entries of these criteria; undefined: every entry of the list type. */
  readonly criteria?: ReadonlySet<string>;
  /** The exit fact's date (its `on` field), before any working-day deadline. */
  readonly date: (exitFact: unknown) => LocalDate | undefined;
  readonly application?: CompiledApplication;
  /** Only entries listed under this regime. */
  readonly regime?: string;
  readonly fields: readonly { readonly by: string; readonly matches: string }[];
  readonly replaces: boolean;
  /** The date the entry ends, from the exit fact: its date, or the last day of a deadline in working days. */
  readonly endsOn: (exitFact: unknown) => LocalDate | undefined;
  readonly basis: Basis;
}

export interface CompiledRequirement {
  readonly id: string;
  readonly description: string;
  readonly fact: string;
  readonly fields: readonly { readonly by: string; readonly matches: string }[];
  readonly on: (data: unknown) => LocalDate | undefined;
}

/** An exit on application (rule-format.md §4): the minimum period, the preconditions, no reoffence. */
export interface CompiledApplication {
  readonly minimum?: { readonly months: number; readonly from: 'since' | 'correction' };
  readonly requires: readonly CompiledRequirement[];
  readonly noReoffence?: ReadonlySet<string>;
}

export interface EntryTerm {
  readonly kind: string;
  /** Exclusive: the entry is in force on dates before this one. Undefined: no fixed term. */
  readonly until?: LocalDate;
  /** Exits take effect on this date at the earliest. */
  readonly exitsNotBefore?: LocalDate;
  /** Months between an exit fact and the end it brings. */
  readonly exitsDelayedMonths?: number;
  /** A renewing term (then `until` is undefined: the entry renews until an exit). */
  readonly renewal?: Renewal;
  readonly basis: Basis;
}

/** 16号: the first period ends on `firstUntil`; each renewal adds `years`. */
export interface Renewal {
  readonly years: number;
  readonly firstUntil: LocalDate;
}

export interface CompiledListType {
  readonly id: string;
  readonly label: string;
  readonly color: 'red' | 'black';
  /** Set when the list type records dishonesty information rather than a 名单 (rule-format.md §9). */
  readonly record?: ListRecord;
  readonly memorandum: string;
  /** The province or city code of a local layer's list type: it decides facts in that region only. */
  readonly layer?: string;
  /** Whom its entries reach through a role, and when the role must be held. */
  readonly reachesPersons: RoleTiming;
  /**
   * `listingFact`: the fact that lists (its type chooses the publication period of a `publication-period` term);
   * `regime`: the listing criterion's; where terms name regimes, only that regime's terms are chosen.
   */
  readonly term: (
    listingFact: { readonly type: string; readonly data: unknown },
    since: LocalDate,
    relisted: boolean,
    regime?: string,
  ) => EntryTerm;
}

export interface CompiledMeasure {
  readonly document: MeasureDocument;
  readonly onlyWhile: readonly { readonly fact: string; readonly matches: Predicate; readonly description: string }[];
}

/** A rule set compiled once into closures and lookup tables: evaluating it interprets nothing. */
export interface CompiledRuleSet {
  readonly id: string;
  readonly version: string;
  readonly effectiveFrom: string;
  readonly document: RuleSetDocument;
  readonly listTypes: ReadonlyMap<string, CompiledListType>;
  /** Criteria listed by their own fact, by its type. */
  readonly criteriaByFact: ReadonlyMap<string, readonly CompiledCriterion[]>;
  /** Criteria listed by a decision, by the decision's fact type, in file order. */
  readonly criteriaByDecision: ReadonlyMap<string, readonly CompiledCriterion[]>;
  readonly exitsByFact: ReadonlyMap<string, readonly CompiledExit[]>;
  readonly measuresByListType: ReadonlyMap<string, readonly CompiledMeasure[]>;
  readonly blackListingRemovesRed?: Basis;
  readonly jurisdictionTables?: JurisdictionTables;
}

export interface CompileOptions {
  /** For deadlines in working days (the official calendar, with holidays and make-up days). */
  readonly calendar?: WorkingDayCalendar;
}

export function compileRuleSet(document: RuleSetDocument, options: CompileOptions = {}): CompiledRuleSet {
  const calendar = options.calendar ?? new OfficialWorkingDayCalendar();
  const listTypes = new Map<string, CompiledListType>();
  const criteriaByFact = new Map<string, CompiledCriterion[]>();
  const criteriaByDecision = new Map<string, CompiledCriterion[]>();
  const regimes = regimesById(document);
  const exitsByFact = new Map<string, CompiledExit[]>();
  const measuresByListType = new Map<string, CompiledMeasure[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  const jurisdictionTables = new JurisdictionTables(document.jurisdictionTables);
  const publicationPeriods = publicationPeriodsOf(document);

  for (const doc of document.listTypes) {
    const terms = doc.terms.map((term) => ({ ...term, applies: compileConditions(term.when) }));
    const listType: CompiledListType = {
      id: doc.id,
      label: doc.label,
      color: doc.color,
      ...(doc.record && { record: doc.record }),
      memorandum: doc.memorandum,
      layer: document.memoranda.find((m) => m.id === doc.memorandum)?.layer,
      reachesPersons: doc.reachesPersons,
      term({ type, data: listingFact }, since, relisted, regime) {
        const candidates = regime && terms.some((t) => t.regime) ? terms.filter((t) => t.regime === regime) : terms;
        const term =
          candidates.find(
            (t) =>
              (t.onRelisting === undefined || t.onRelisting === relisted) &&
              (!t.effectiveFrom || since >= t.effectiveFrom) &&
              (!t.effectiveUntil || since < t.effectiveUntil) &&
              t.applies(listingFact),
          ) ??
          (candidates.at(-1) || terms[terms.length - 1]);
        const exitsNotBefore = term.exitsNotBefore && addMonths(since, months(term.exitsNotBefore));
        const exitsDelayedMonths = term.exitsDelayed && months(term.exitsDelayed);
        if (term.kind === 'until-validity-end' && term.validUntilField) {
          const lastDay = valueAt(listingFact, term.validUntilField) as LocalDate | undefined;
          return { kind: term.kind, until: lastDay && addDays(lastDay, 1), exitsNotBefore, exitsDelayedMonths, basis: term.basis };
        }
        if (term.kind === 'publication-period') {
          // In force while the fact is published: to the maximum of its class (令第36号); bounded by the term's own
          // span when the record gives no class.
          const window = publicationWindow({ eventId: '', type, data: listingFact as Record<string, unknown> }, publicationPeriods);
          const until = window?.until ?? addMonths(since, months(term));
          return { kind: term.kind, until, exitsNotBefore, exitsDelayedMonths, basis: window ? window.basis : term.basis };
        }
        if (term.kind !== 'fixed') return { kind: term.kind, exitsNotBefore, exitsDelayedMonths, basis: term.basis };
        const years = term.yearsField ? Number(valueAt(listingFact, term.yearsField) ?? term.years ?? 0) : (term.years ?? 0);
        const until = addMonths(since, years * 12 + (term.months ?? 0));
        if (term.renewal)
          return {
            kind: term.kind,
            exitsNotBefore,
            exitsDelayedMonths,
            renewal: { years: term.renewal.years, firstUntil: until },
            basis: term.basis,
          };
        return {
          kind: term.kind,
          until,
          exitsNotBefore,
          exitsDelayedMonths,
          basis: term.basis,
        };
      },
    };
    listTypes.set(doc.id, listType);
    for (const criterion of doc.criteria) {
      const jurisdiction = compileJurisdictionCriterion(criterion, jurisdictionTables);
      const matches = jurisdiction ? jurisdiction.regardlessOfFigure : compileConditions(criterion.where);
      const sinceField = criterion.since;
      const regime = criterion.regime === undefined ? undefined : regimes.get(criterion.regime);
      const window = windowOf(regime, criterion.effectiveFrom, criterion.effectiveUntil);
      const decision = criterion.decision && compileDecision(criterion.decision);
      push(decision ? criteriaByDecision : criteriaByFact, decision ? decision.fact : criterion.fact, {
        id: criterion.id,
        listType,
        jurisdiction,
        fact: criterion.fact,
        needsHistory: needsHistory(criterion.where),
        // A decided listing's deciding date is the decision's: its window is checked there.
        matches: decision || (!window.from && !window.until) ? matches : inForce(matches, sinceField, window),
        ...(regime ? { regime: entryRegime(regime) } : {}),
        window,
        ...(decision ? { decision } : {}),
        steps: (criterion.steps ?? []).map(compileStep),
        since: (data) => valueAt(data, sinceField) as LocalDate | undefined,
        history: criterion.history && {
          months: (criterion.history.years ?? 0) * 12 + (criterion.history.months ?? 0),
          count: threshold(criterion.history.count.word, criterion.history.count.value),
        },
        basis: criterion.basis,
      });
    }
    for (const exit of doc.exits ?? []) {
      const onField = exit.on;
      const workingDays = exit.withinWorkingDays;
      push(exitsByFact, exit.fact, {
        listType,
        accepts: compileConditions(exit.where),
        acceptsNeedsHistory: needsHistory(exit.where),
        criteria: exit.criteria && new Set(exit.criteria),
        date: (data) => valueAt(data, onField) as LocalDate | undefined,
        application: exit.application && compileApplication(exit.application),
        ...(exit.regime ? { regime: exit.regime } : {}),
        fields: exit.by.map((by, i) => ({ by, matches: exit.matches[i] })),
        replaces: exit.matching === 'different',
        endsOn: (data) => {
          const on = valueAt(data, onField) as LocalDate | undefined;
          return on && workingDays ? workingDayDeadline(calendar, on, workingDays) : on;
        },
        basis: exit.basis,
      });
    }
  }
  for (const measure of document.measures) {
    const compiled: CompiledMeasure = {
      document: measure,
      onlyWhile: (measure.onlyWhile ?? []).map((c) => ({ fact: c.fact, matches: compileConditions(c.where), description: c.description })),
    };
    for (const listType of measure.listTypes) push(measuresByListType, listType, compiled);
  }
  return {
    id: document.ruleSet,
    version: document.version,
    effectiveFrom: document.effectiveFrom,
    document,
    listTypes,
    criteriaByFact,
    criteriaByDecision,
    exitsByFact,
    measuresByListType,
    blackListingRemovesRed: document.policies?.blackListingRemovesRed,
    jurisdictionTables,
  };
}

/**
 * The last day of a deadline in working days. Where the official calendar for the year is not published
 * yet, the deadline cannot be known: the entry then ends on the day of the fact itself (the earliest the
 * deadline could fall), never on a guess of weekdays.
 */
function workingDayDeadline(calendar: WorkingDayCalendar, from: LocalDate, days: number): LocalDate {
  try {
    return calendar.addWorkingDays(from, days);
  } catch (error) {
    if (error instanceof CalendarDataMissingError) return from;
    throw error;
  }
}

function compileApplication(application: NonNullable<ListTypeDocument['exits']>[number]['application'] & object): CompiledApplication {
  return {
    minimum: application.minimum && { months: months(application.minimum), from: application.minimum.from },
    requires: (application.requires ?? []).map((r) => ({
      id: r.id,
      description: r.description,
      fact: r.fact,
      fields: r.by.map((by, i) => ({ by, matches: r.matches[i] })),
      on: (data: unknown) => valueAt(data, r.on) as LocalDate | undefined,
    })),
    noReoffence: application.noReoffence && new Set(application.noReoffence.criteria),
  };
}

const months = (span: { years?: number; months?: number }) => (span.years ?? 0) * 12 + (span.months ?? 0);

/** Thresholds and regimes versioned by date: a criterion applies to facts whose start date falls in its window. */
function inForce(matches: Predicate, sinceField: string, window: Window): Predicate {
  return (data, context) => inWindow(valueAt(data, sinceField) as LocalDate | undefined, window) && matches(data, context);
}
