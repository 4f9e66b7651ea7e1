import { isValidLocalDate } from '#kernel';
import { THRESHOLD_WORDS, type ThresholdWord } from '../values/threshold.js';
import { array, boolean, integer, lazy, literal, object, oneOf, optional, required, string, type Schema } from './schema.js';
import {
  jurisdictionTableSchema,
  regionCodeSchema,
  tableRefSchema,
  type JurisdictionTableDocument,
  type TableRef,
} from './jurisdiction.schema.js';
import {
  BASIC_LIST_EDITIONS,
  LIST_COLORS,
  LIST_RECORDS,
  MEASURE_KINDS,
  REACH,
  ROLE_TIMING,
  SCENARIOS,
  STATUTE_LEVELS,
  TERM_KINDS,
} from './vocabulary.js';

const date: Schema<string> = (value, path, problems) => {
  const text = string()(value, path, problems);
  if (text !== undefined && !isValidLocalDate(text)) {
    problems.push({ path, reason: 'must be a real date YYYY-MM-DD' });
    return undefined;
  }
  return text;
};
const decimal = string({ pattern: /^\d+(\.\d+)?$/, hint: 'an exact decimal written as a string, e.g. "1000000.00"' });
const id = string({ pattern: /^[a-z0-9][a-z0-9-]*$/, hint: 'lower-case letters, digits and -' });
const measureId = string({ pattern: /^[A-Z0-9]+(\.[A-Z0-9_]+)+$/, hint: 'dotted upper case, e.g. TAX.EXIT_BAN' });
const fieldPath = string({ pattern: /^[a-zA-Z]+(\.[a-zA-Z]+)*$/, hint: 'a field of the fact, e.g. fineAmount or person.idNumber' });
/** A public page, or `notes:<file>#<section>` for the project's reference notes where no page was read. */
const url = string({ pattern: /^(https?:\/\/\S+|notes:[\w.-]+(#[\w-]+)?)$/, hint: 'an http(s) address or notes:<file>#<section>' });
const keyOf = <T extends object>(record: T) => Object.keys(record) as (keyof T & string)[];

export const basisSchema = object({
  documentNumber: required(string()),
  clause: optional(string()),
  sources: required(array(url, { min: 1 })),
  /** A provincial or city text used where the national one was not readable. */
  local: optional(boolean),
});

/**
 * `{ 以上: "1000000", unit: 元 }`: exactly one comparison word. The figure may come from a jurisdiction table (§6),
 * `{ 以上: { table, value } }`: then `table` is set and `value` is `table.value` (not a decimal: the evaluator
 * resolves it for the region and date before compiling).
 */
export const thresholdSchema: Schema<ThresholdDoc> = (value, path, problems) => {
  if (typeof value !== 'object' || value === null) return (problems.push({ path, reason: 'must be a mapping' }), undefined);
  const words = keyOf(THRESHOLD_WORDS).filter((word) => word in value);
  if (words.length !== 1) {
    problems.push({
      path,
      reason: `must have exactly one of ${keyOf(THRESHOLD_WORDS).join(', ')} (以上/以下 include the number, 超过/不满 exclude it)`,
    });
    return undefined;
  }
  const figure = (value as Record<string, unknown>)[words[0]];
  const table = typeof figure === 'object' && figure !== null;
  const parsed = object({
    [words[0]]: required<string | TableRef>(table ? tableRefSchema : decimal),
    unit: optional(oneOf(['元', '万元', '人', '个月', '年', '起', '次', '比例'])),
  })(value, path, problems);
  if (!parsed) return undefined;
  const found = (parsed as Record<string, string | TableRef>)[words[0]];
  const unit = (parsed as { unit?: string }).unit;
  return typeof found === 'string'
    ? { word: words[0], value: found, unit }
    : { word: words[0], value: `${found.table}.${found.value}`, unit, table: found };
};

export interface ThresholdDoc {
  readonly word: ThresholdWord;
  readonly value: string;
  readonly unit?: string;
  /** Set when the figure is read from a jurisdiction table for the deciding authority's region and the deciding date. */
  readonly table?: TableRef;
}

export type ConditionDoc =
  | { field: string; equals: string | number | boolean }
  | { field: string; in: (string | number | boolean)[] }
  | { field: string; threshold: ThresholdDoc }
  | { ratio: { numerator: string; denominator: string }; threshold: ThresholdDoc }
  | { any: string; where: ConditionDoc[] }
  | { sum: string; of: string; threshold: { word: ThresholdWord; value: string; unit?: string } }
  | { max: string; of: string; threshold: { word: ThresholdWord; value: string; unit?: string } }
  | { count: string; where?: ConditionDoc[]; threshold: { word: ThresholdWord; value: string; unit?: string } }
  | { absent: { fact: string; where?: ConditionDoc[]; since: string; years: number } }
  | { consecutive: { fact: string; period: string; where?: ConditionDoc[]; count: number } }
  | { anyOf: ConditionDoc[] }
  | { allOf: ConditionDoc[] };

/** Chosen by the first of these keys present (a ratio, sum, max or count also has a threshold; a count a where). */
const CONDITION_KEYS = [
  'anyOf',
  'allOf',
  'any',
  'ratio',
  'sum',
  'max',
  'count',
  'absent',
  'consecutive',
  'equals',
  'in',
  'threshold',
] as const;

export const conditionSchema: Schema<ConditionDoc> = (value, path, problems) => {
  const key = CONDITION_KEYS.find((k) => typeof value === 'object' && value !== null && k in value);
  const schemas: Record<(typeof CONDITION_KEYS)[number], Schema<unknown>> = {
    anyOf: object({
      anyOf: required(
        array(
          lazy(() => conditionSchema),
          { min: 2 },
        ),
      ),
    }),
    allOf: object({
      allOf: required(
        array(
          lazy(() => conditionSchema),
          { min: 2 },
        ),
      ),
    }),
    any: object({
      any: required(fieldPath),
      where: required(
        array(
          lazy(() => conditionSchema),
          { min: 1 },
        ),
      ),
    }),
    ratio: object({
      ratio: required(object({ numerator: required(fieldPath), denominator: required(fieldPath) })),
      threshold: required(thresholdSchema),
    }),
    sum: object({ sum: required(fieldPath), of: required(fieldPath), threshold: required(thresholdSchema) }),
    max: object({ max: required(fieldPath), of: required(fieldPath), threshold: required(thresholdSchema) }),
    count: object({
      count: required(fieldPath),
      where: optional(
        array(
          lazy(() => conditionSchema),
          { min: 1 },
        ),
      ),
      threshold: required(thresholdSchema),
    }),
    absent: object({
      absent: required(
        object({
          fact: required(string()),
          where: optional(
            array(
              lazy(() => conditionSchema),
              { min: 1 },
            ),
          ),
          since: required(fieldPath),
          years: required(integer(1, 20)),
        }),
      ),
    }),
    consecutive: object({
      consecutive: required(
        object({
          fact: required(string()),
          period: required(fieldPath),
          where: optional(
            array(
              lazy(() => conditionSchema),
              { min: 1 },
            ),
          ),
          count: required(integer(2, 50)),
        }),
      ),
    }),
    equals: object({ field: required(fieldPath), equals: required(literal) }),
    in: object({ field: required(fieldPath), in: required(array(literal, { min: 1 })) }),
    threshold: object({ field: required(fieldPath), threshold: required(thresholdSchema) }),
  };
  if (!key) {
    problems.push({ path, reason: `must be a condition with one of ${CONDITION_KEYS.join(', ')}` });
    return undefined;
  }
  return schemas[key](value, path, problems) as ConditionDoc | undefined;
};

const span = { years: optional(integer(1, 20)), months: optional(integer(1, 240)) };

/** One legal text governing a list type (or publication periods) for a period (rule-format.md §1). */
export const regimeSchema = object({
  id: required(id),
  documentNumber: required(string()),
  title: required(string()),
  issuedBy: required(string()),
  effectiveFrom: required(date),
  /** Exclusive; absent: in force. */
  effectiveUntil: optional(date),
  /** Prose: which date selects this regime (conduct, decision, listing). */
  decidingDate: required(string()),
  sources: required(array(url, { min: 1 })),
  transitional: optional(string()),
  inferred: optional(string()),
});

/** The fields of one fact that name another fact: `by` on this fact, `matches` on the other, in order. */
const naming = { by: required(array(fieldPath, { min: 1 })), matches: required(array(fieldPath, { min: 1 })) };

/** The competent authority's decision that lists on a qualifying fact (rule-format.md §2). */
export const decisionSchema = object({
  fact: required(string()),
  where: optional(array(conditionSchema, { min: 1 })),
  /** `by`: the decision's fields naming the qualifying fact (a list field matches if any item equals); `matches`: the qualifying fact's. */
  ...naming,
  /** The decision's date field: the entry's since, and the regime's deciding date. */
  on: required(fieldPath),
});

/** A procedural step required before the decision, recorded as a fact naming the qualifying fact. */
export const stepSchema = object({
  id: required(id),
  description: required(string()),
  fact: required(string()),
  ...naming,
  /** The step fact's date field: the step counts only when it falls on or before the decision's date. */
  on: optional(fieldPath),
});

export const criterionSchema = object({
  id: required(measureId),
  regime: optional(id),
  fact: required(string()),
  where: optional(array(conditionSchema, { min: 1 })),
  /** Listed by this decision on the fact, not by the fact itself. */
  decision: optional(decisionSchema),
  steps: optional(array(stepSchema, { min: 1 })),
  /** The fact field whose date starts the entry. */
  since: required(fieldPath),
  /**
   * A count over the subject's facts of the same type, this one included, whose `since` falls within the
   * window before it: "3 or more fatal accidents within 1 year".
   */
  history: optional(object({ ...span, count: required(thresholdSchema) })),
  /** Criteria versioned by date: the fact's `since` date decides which version applies. */
  effectiveFrom: optional(date),
  effectiveUntil: optional(date),
  basis: required(basisSchema),
  inferred: optional(string()),
});

export const termSchema = object({
  /** Chosen for entries whose criterion is under this regime. */
  regime: optional(id),
  when: optional(array(conditionSchema, { min: 1 })),
  /** Terms versioned by date: chosen by the entry's start date. */
  effectiveFrom: optional(date),
  effectiveUntil: optional(date),
  /** Only for a subject listed again on this list after an earlier entry ended (true), or only the first time (false). */
  onRelisting: optional(boolean),
  kind: required(oneOf(keyOf(TERM_KINDS))),
  ...span,
  /** No exit takes effect before this long after the start (a minimum period: 1 year, at least 6 months …). */
  exitsNotBefore: optional(object(span)),
  /** An exit takes effect this long after the exit fact (removal 6 months after correction …). */
  exitsDelayed: optional(object(span)),
  /**
   * A fixed term that renews (16号): at its end an entry with no exit dated before that day renews for `years`,
   * again and again; an exit ends it at the end of the period in which the exit fell.
   */
  renewal: optional(object({ years: required(integer(1, 20)), unlessExit: required(boolean) })),
  /** A fact field holding the number of years (a court's 失信期限). */
  yearsField: optional(fieldPath),
  /** `until-validity-end`: the listing fact's last day of validity (有效期至), set by the recognising department; in force through it. */
  validUntilField: optional(fieldPath),
  basis: required(basisSchema),
  inferred: optional(string()),
});

/** A precondition of an exit on application: a recorded fact naming the listing (its correction, a commitment). */
const requirementSchema = object({
  id: required(id),
  description: required(string()),
  fact: required(string()),
  /** The requirement fact's fields naming the listing fact's fields `matches` (a list field matches if any item equals). */
  by: required(array(fieldPath, { min: 1 })),
  matches: required(array(fieldPath, { min: 1 })),
  /** Its date field: it must fall on or before the exit's date; `minimum.from: correction` counts from it. */
  on: required(fieldPath),
});

export const applicationSchema = object({
  /** The entry ends no earlier than this long after `since`, or after the first `requires` fact (`correction`). */
  minimum: optional(object({ ...span, from: required(oneOf(['since', 'correction'] as const)) })),
  requires: optional(array(requirementSchema, { min: 1 })),
  /** No new fact meeting these criteria (of the exit's list type) since the listing. */
  noReoffence: optional(object({ criteria: required(array(measureId, { min: 1 })) })),
});

export const exitSchema = object({
  fact: required(string()),
  /** Conditions on the exit fact: one that does not meet them ends nothing (a refused application). */
  where: optional(array(conditionSchema, { min: 1 })),
  /** Only entries listed by these criteria of the list type (its grounds or limbs). */
  criteria: optional(array(measureId, { min: 1 })),
  /** An exit on application: its preconditions, checked, and flagged on the end when unmet. */
  application: optional(applicationSchema),
  /** Applies only to entries listed under this regime (no retroactive exit rules). */
  regime: optional(id),
  /** The exit fact's fields that name the listing fact's fields `matches`, in order. */
  by: required(array(fieldPath, { min: 1 })),
  matches: required(array(fieldPath, { min: 1 })),
  /** The exit fact's date field on which the entry ends. */
  on: required(fieldPath),
  /**
   * `same` (default): the exit names the listing (a payment of that decision). `different`: a later fact that
   * replaces it ends it (next year's rating ends this year's A-grade entry).
   */
  matching: optional(oneOf(['same', 'different'] as const)),
  /** Waiting rules, e.g. deletion within 3 working days of full performance. */
  withinWorkingDays: optional(integer(1, 60)),
  basis: required(basisSchema),
  inferred: optional(string()),
});

export const listTypeSchema = object({
  id: required(id),
  label: required(string()),
  color: required(oneOf(LIST_COLORS)),
  /** Absent: a 名单. `dishonesty-information`: 失信信息 that is not a 名单 (rule-format.md §9): black, never deletes a red entry. */
  record: optional(oneOf(LIST_RECORDS)),
  memorandum: required(id),
  /** Whom an entry reaches through a role, and when the role must be held (see `ROLE_TIMING`). */
  reachesPersons: required(oneOf(keyOf(ROLE_TIMING))),
  initiatingDepartments: required(array(string(), { min: 1 })),
  criteria: required(array(criterionSchema, { min: 1 })),
  terms: required(array(termSchema, { min: 1 })),
  exits: optional(array(exitSchema)),
});

/** A measure's item on the 全国失信惩戒措施基础清单; without a readable item text, `item` is absent and `inferred` says why. */
export const basicListSchema = object({
  edition: required(oneOf(BASIC_LIST_EDITIONS)),
  category: required(integer(1, 3)),
  item: optional(string()),
  inferred: optional(string()),
});

/** The law or regulation the measure itself rests on, with its rank. */
export const statuteSchema = object({
  documentNumber: required(string()),
  clause: optional(string()),
  level: required(oneOf(STATUTE_LEVELS)),
  sources: required(array(url, { min: 1 })),
  inferred: optional(string()),
});

export const measureSchema = object({
  id: required(measureId),
  memorandum: required(id),
  kind: required(oneOf(MEASURE_KINDS)),
  text: required(string()),
  gloss: required(string()),
  departments: required(array(string(), { min: 1 })),
  listTypes: required(array(id, { min: 1 })),
  reaches: required(array(oneOf(keyOf(REACH)), { min: 1 })),
  scenarios: required(array(oneOf(keyOf(SCENARIOS)), { min: 1 })),
  /** Conditions on the subject's facts beyond being listed (unpaid tax, a criminal sentence …). */
  onlyWhile: optional(
    array(object({ fact: required(string()), where: optional(array(conditionSchema, { min: 1 })), description: required(string()) }), {
      min: 1,
    }),
  ),
  duration: optional(object({ ...span, basis: required(basisSchema) })),
  basis: required(basisSchema),
  /** 全国失信惩戒措施基础清单 item; absent → `statute` is required. */
  basicList: optional(basicListSchema),
  statute: optional(statuteSchema),
  /** Category 3: shown as information for bodies outside public administration, never a department's obligation. */
  advisory: optional(boolean),
  inferred: optional(string()),
});

export const memorandumSchema = object({
  id: required(id),
  documentNumber: optional(string()),
  title: required(string()),
  kind: required(oneOf(MEASURE_KINDS)),
  issuedOn: optional(date),
  signatories: required(array(string(), { min: 1 })),
  listTypes: required(array(id, { min: 1 })),
  sources: required(array(url, { min: 1 })),
  inferred: optional(array(string())),
  /**
   * A deployment's own layer: the GB/T 2260 code of the province or city whose authority issued it. Its list types
   * decide only facts whose jurisdiction lies in that region. Absent: the national layer.
   */
  layer: optional(regionCodeSchema),
});

const periodFields = {
  publish: optional(boolean),
  minMonths: optional(integer(0, 240)),
  maxMonths: required(integer(1, 240)),
  /** False: never repaired early, published for the whole maximum (527号 特定严重失信). */
  repairable: optional(boolean),
};
const periodSchema = object(periodFields);

/**
 * How long a fact is published, counted from a date of the fact: by its class (`classField`, `classes`), or one
 * period for every fact (`single`, 令第58号). `special` classes are chosen by a condition first; `sectorMinimum`
 * raises the minimum in the sectors named.
 */
export const publicationPeriodSchema = object({
  id: required(id),
  fact: required(string()),
  classField: optional(fieldPath),
  from: required(fieldPath),
  /** The legal text of this period: its window bounds the facts' dates (with effectiveFrom/Until narrowing it). */
  regime: optional(id),
  /** The regime applies to facts dated (by `from`) in [effectiveFrom, effectiveUntil). */
  effectiveFrom: optional(date),
  effectiveUntil: optional(date),
  classes: optional(object({ minor: optional(periodSchema), general: optional(periodSchema), serious: optional(periodSchema) })),
  single: optional(periodSchema),
  special: optional(
    array(
      object({
        class: required(id),
        where: required(array(conditionSchema, { min: 1 })),
        ...periodFields,
        basis: required(basisSchema),
        inferred: optional(string()),
      }),
      { min: 1 },
    ),
  ),
  sectorMinimum: optional(
    object({
      field: required(fieldPath),
      in: required(array(string(), { min: 1 })),
      minMonths: required(integer(1, 240)),
      basis: required(basisSchema),
      inferred: optional(string()),
    }),
  ),
  basis: required(basisSchema),
  inferred: optional(string()),
});

const policiesSchema = object({
  /** 1798号 (十九): black listing deletes a red entry, and nothing restores it. */
  blackListingRemovesRed: optional(basisSchema),
});

/** The head of a rule set: its identity, version and effective date, and the policies across memoranda. */
export const ruleSetHeaderSchema = object({
  ruleSet: required(id),
  version: required(string({ pattern: /^\d{4}\.\d+(\.\d+)?$/, hint: 'YYYY.N, e.g. 2026.1' })),
  effectiveFrom: required(date),
  policies: optional(policiesSchema),
});

/** One memorandum's file: its memoranda, list types and measures. */
export const ruleSetPartSchema = object({
  regimes: optional(array(regimeSchema, { min: 1 })),
  memoranda: optional(array(memorandumSchema, { min: 1 })),
  listTypes: optional(array(listTypeSchema, { min: 1 })),
  measures: optional(array(measureSchema, { min: 1 })),
  publicationPeriods: optional(array(publicationPeriodSchema, { min: 1 })),
  jurisdictionTables: optional(array(jurisdictionTableSchema(basisSchema), { min: 1 })),
});

export const ruleSetSchema = object({
  ruleSet: required(id),
  version: required(string({ pattern: /^\d{4}\.\d+(\.\d+)?$/, hint: 'YYYY.N, e.g. 2026.1' })),
  effectiveFrom: required(date),
  regimes: optional(array(regimeSchema, { min: 1 })),
  memoranda: required(array(memorandumSchema, { min: 1 })),
  listTypes: required(array(listTypeSchema, { min: 1 })),
  measures: required(array(measureSchema, { min: 1 })),
  publicationPeriods: optional(array(publicationPeriodSchema, { min: 1 })),
  jurisdictionTables: optional(array(jurisdictionTableSchema(basisSchema), { min: 1 })),
  policies: optional(policiesSchema),
});

type Parsed<S> = S extends Schema<infer T> ? T : never;
export type RuleSetDocument = Parsed<typeof ruleSetSchema>;
export type ListTypeDocument = Parsed<typeof listTypeSchema>;
export type MeasureDocument = Parsed<typeof measureSchema>;
export type RegimeDocument = Parsed<typeof regimeSchema>;
export type CriterionDocument = ListTypeDocument['criteria'][number];
export type PublicationPeriodDocument = Parsed<typeof publicationPeriodSchema>;
export type JurisdictionTable = JurisdictionTableDocument<Parsed<typeof basisSchema>>;
