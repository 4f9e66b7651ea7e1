import type { PersonRole } from '#credit';
import type { LocalDate } from '#kernel';
import { DEPARTMENT_REGISTRY } from '../departments/departments.js';
import type { MeasureDocument } from '../rule-set/rule-set.schema.js';
import type { Reach, Scenario } from '../rule-set/vocabulary.js';
import type { CompiledRuleSet } from './compiled-rule-set.js';
import type { CompiledMeasure } from './compiled-rule-set.js';
import { entryStatus, type FactRecord, type ListEntry } from './list-entries.js';
import type { EntryRegime } from './regimes.js';
import { implementedBy } from './list-types-by-measure.js';

/** Whose measures are asked for: the listed subject itself, or a person reached through a role (`personsReached`). */
export type Reached = { readonly as: 'subject'; readonly naturalPerson: boolean } | { readonly as: PersonRole };

export interface MeasureQuery {
  readonly asOf: LocalDate;
  readonly scenario?: Scenario;
  /** A registry department by id, name, alias or former name; a local department finds its national counterpart's measures. */
  readonly department?: string;
}

export interface MeasureReason {
  readonly listType: string;
  readonly label: string;
  readonly since: LocalDate;
  readonly until?: LocalDate;
  readonly criterion: string;
  /** The legal text the entry was decided under, where its list type names regimes. */
  readonly regime?: EntryRegime;
  readonly eventIds: readonly string[];
  /** The role through which the measure reaches a person, when it does. */
  readonly role?: string;
  /** The listed organisation whose entry reaches the person through that role. */
  readonly organization?: string;
  readonly conditions: readonly string[];
}

export interface ApplicableMeasure {
  readonly id: string;
  readonly kind: MeasureDocument['kind'];
  readonly text: string;
  readonly gloss: string;
  /** The implementing departments' current names (from the department registry). */
  readonly departments: readonly string[];
  /** Their registry ids. */
  readonly departmentIds: readonly string[];
  readonly scenarios: readonly string[];
  readonly basis: MeasureDocument['basis'];
  readonly basicList?: MeasureDocument['basicList'];
  readonly statute?: MeasureDocument['statute'];
  /** Category 3: information for bodies outside public administration, never an obligation of a department. */
  readonly advisory: boolean;
  readonly memorandum: string;
  readonly inferred?: string;
  readonly because: MeasureReason[];
}

/**
 * The measures that apply on `asOf` to whoever `reached` describes, from list entries in force, each
 * with its basis and the entries and events behind it. A measure reaches only whom its memorandum names;
 * a measure that holds only while a condition of the case holds (查补税款尚未缴清) is judged on the
 * fact that listed the subject.
 */
export function applicableMeasures(
  entries: readonly ListEntry[],
  reached: Reached,
  query: MeasureQuery,
  rules: CompiledRuleSet,
): ApplicableMeasure[] {
  const found = new Map<string, ApplicableMeasure>();
  for (const entry of entries) {
    if (entryStatus(entry, query.asOf) !== 'active') continue;
    for (const measure of rules.measuresByListType.get(entry.listType) ?? []) {
      const doc = measure.document;
      if (!reaches(doc.reaches, reached)) continue;
      if (query.scenario && !doc.scenarios.includes(query.scenario)) continue;
      if (query.department && !implementedBy(doc, query.department)) continue;
      const unmet = measure.onlyWhile.filter((condition) => !holds(condition, entry.listingFact));
      if (unmet.length > 0) continue;
      const reason: MeasureReason = {
        listType: entry.listType,
        label: entry.label,
        since: entry.since,
        until: entry.until,
        criterion: entry.criterion,
        ...(entry.regime ? { regime: entry.regime } : {}),
        eventIds: entry.causes,
        role: reached.as === 'subject' ? undefined : reached.as,
        conditions: measure.onlyWhile.map((c) => c.description),
      };
      const earlier = found.get(doc.id);
      if (earlier) earlier.because.push(reason);
      else {
        found.set(doc.id, {
          id: doc.id,
          kind: doc.kind,
          text: doc.text,
          gloss: doc.gloss,
          departments: DEPARTMENT_REGISTRY.names(doc.departments),
          departmentIds: doc.departments,
          scenarios: doc.scenarios,
          basis: doc.basis,
          ...(doc.basicList ? { basicList: doc.basicList } : {}),
          ...(doc.statute ? { statute: doc.statute } : {}),
          advisory: doc.advisory === true,
          memorandum: doc.memorandum,
          inferred: doc.inferred,
          because: [reason],
        });
      }
    }
  }
  return [...found.values()];
}

function reaches(named: readonly Reach[], reached: Reached): boolean {
  if (reached.as === 'subject') return named.includes('subject') || (reached.naturalPerson && named.includes('natural-person-subject'));
  return named.includes(reached.as);
}

function holds(condition: CompiledMeasure['onlyWhile'][number], fact: FactRecord): boolean {
  return fact.type === condition.fact && condition.matches(fact.data);
}
