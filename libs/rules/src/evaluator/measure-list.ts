import type { CompiledRuleSet } from './compiled-rule-set.js';
import { entryStatus, type EntryStatus, type ListEntry } from './list-entries.js';
import { applicableMeasures, type ApplicableMeasure, type MeasureQuery, type Reached } from './measures.js';

/** An organisation's entry that reaches a person through a role they held when it was listed. */
export interface EntryThroughRole<Entry extends ListEntry = ListEntry> {
  readonly entry: Entry;
  /** The listed organisation. */
  readonly subject: string;
  readonly role: string;
}

export interface MeasureList<Entry extends ListEntry = ListEntry> {
  readonly lists: (Entry & { readonly status: EntryStatus })[];
  readonly reachedThrough: (EntryThroughRole<Entry> & { readonly status: EntryStatus })[];
  readonly measures: ApplicableMeasure[];
}

/**
 * Everything that applies to one subject on `asOf`: its own list entries and, for a person, the
 * entries of organisations that reach them through a role; each measure once, with every reason.
 */
export function measureList<Entry extends ListEntry>(
  own: readonly Entry[],
  throughRoles: readonly EntryThroughRole<Entry>[],
  naturalPerson: boolean,
  query: MeasureQuery,
  rules: CompiledRuleSet,
): MeasureList<Entry> {
  const found = new Map<string, ApplicableMeasure>();
  const merge = (measures: ApplicableMeasure[], organization?: string) => {
    for (const measure of measures) {
      const because = organization ? measure.because.map((reason) => ({ ...reason, organization })) : measure.because;
      const earlier = found.get(measure.id);
      if (earlier) earlier.because.push(...because);
      else found.set(measure.id, { ...measure, because });
    }
  };
  merge(applicableMeasures(own, { as: 'subject', naturalPerson }, query, rules));
  for (const { entry, subject, role } of throughRoles) {
    merge(applicableMeasures([entry], { as: role } as Reached, query, rules), subject);
  }
  return {
    lists: own.map((entry) => ({ ...entry, status: entryStatus(entry, query.asOf) })),
    reachedThrough: throughRoles.map((reach) => ({ ...reach, status: entryStatus(reach.entry, query.asOf) })),
    measures: [...found.values()],
  };
}
