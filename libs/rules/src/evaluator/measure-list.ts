import type { CompiledRuleSet } from './compiled-rule-set.js';
import { entryStatus, type EntryStatus, type ListEntry } from './list-entries.js';
import { applicableMeasures, type ApplicableMeasure, type MeasureQuery } from './measures.js';
import type { EntryThroughRole } from './reach.js';

export interface MeasureList<Entry extends ListEntry = ListEntry> {
  readonly lists: (Entry & { readonly status: EntryStatus })[];
  readonly reachedThrough: (EntryThroughRole<Entry> & { readonly status: EntryStatus })[];
  readonly measures: ApplicableMeasure[];
}

/**
 * Everything that applies to one subject on `asOf`: its own list entries and, for a person, the
 * entries of organisations that reach them through a role (`entriesReaching`); each measure once, with every reason.
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
  for (const { entry, subject, role, from } of throughRoles) {
    if (from <= query.asOf) merge(applicableMeasures([entry], { as: role }, query, rules), subject);
  }
  return {
    lists: own.map((entry) => ({ ...entry, status: entryStatus(entry, query.asOf) })),
    reachedThrough: throughRoles.map((reach) => ({
      ...reach,
      status: reach.from <= query.asOf ? entryStatus(reach.entry, query.asOf) : 'not-yet',
    })),
    measures: [...found.values()],
  };
}
