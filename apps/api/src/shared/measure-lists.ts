import { Inject, Injectable } from '@nestjs/common';
import { looksLikeResidentId, type LocalDate } from '#kernel';
import { ListedSubjects, ListEntriesReader, ObjectionsReader, type RecordedListEntry, type UnderObjection } from '#read-model';
import type { RuleSetsInForce } from '#ingestion';
import type { PersonRole } from '#credit';
import { entriesReaching, measureList, type ApplicableMeasure, type EntryStatus, type MeasureQuery } from '#rules';
import { RULE_SETS } from './storage.tokens.js';

/** The projections the measure lists read: pass them to read-your-writes. */
export const MEASURE_PROJECTIONS = ['listings', 'relations', 'objections'] as const;

/**
 * A list entry as the API shows it: what, since when, until when, on what basis, and the events behind it; while its
 * listing fact (or another fact behind it) is under objection, which objection and since when.
 */
export type ListEntryView = Omit<RecordedListEntry, 'listingFact'> & {
  readonly status: EntryStatus;
  readonly underObjection?: UnderObjection;
};

export interface SubjectMeasures {
  readonly subject: string;
  readonly naturalPerson: boolean;
  readonly asOf: LocalDate;
  readonly ruleSet: { readonly id: string; readonly version: string };
  readonly lists: ListEntryView[];
  /** Entries of organisations that reach this person through a role (`personsReached`), from the day they do. */
  readonly reachedThrough: (ListEntryView & {
    readonly organization: string;
    readonly role: PersonRole;
    readonly reachedFrom: LocalDate;
  })[];
  readonly measures: ApplicableMeasure[];
}

/** The measure lists of many subjects at once, from the listings read model, evaluated in memory. */
@Injectable()
export class MeasureLists {
  constructor(
    private readonly entries: ListEntriesReader,
    private readonly listed: ListedSubjects,
    private readonly objections: ObjectionsReader,
    @Inject(RULE_SETS) private readonly ruleSets: RuleSetsInForce,
  ) {}

  /**
   * `exact`: read every subject from the read model (after read-your-writes), instead of answering
   * subjects never listed nor reached from memory.
   */
  async of(subjects: readonly string[], query: MeasureQuery, { exact = false } = {}): Promise<SubjectMeasures[]> {
    const lookedUp = exact ? subjects : subjects.filter((code) => this.listed.mayHaveEntries(code));
    const persons = lookedUp.filter((code) => looksLikeResidentId(code));
    const [own, organizations, rules] = await Promise.all([
      this.entries.entriesOf(lookedUp),
      this.entries.organizationsOf(persons),
      this.ruleSets.on(query.asOf),
    ]);
    const lists = subjects.map((subject) => {
      const throughRoles = entriesReaching(subject, organizations.get(subject) ?? [], rules);
      return { subject, list: measureList(own.get(subject) ?? [], throughRoles, looksLikeResidentId(subject), query, rules) };
    });
    const listedSubjects = lists.flatMap(({ subject, list }) =>
      list.lists.length || list.reachedThrough.length ? [subject, ...list.reachedThrough.map((r) => r.subject)] : [],
    );
    const objected = await this.objections.openOf([...new Set(listedSubjects)]);
    return lists.map(({ subject, list }) => ({
      subject,
      naturalPerson: looksLikeResidentId(subject),
      asOf: query.asOf,
      ruleSet: { id: rules.id, version: rules.version },
      lists: list.lists.map((entry) => view(entry, objected.get(subject))),
      reachedThrough: list.reachedThrough.map(({ entry, subject: organization, role, from, status }) => ({
        ...view({ ...entry, status }, objected.get(organization)),
        organization,
        role,
        reachedFrom: from,
      })),
      measures: list.measures,
    }));
  }
}

function view(
  { listingFact: _listingFact, ...entry }: RecordedListEntry & { status: EntryStatus },
  objected: ReadonlyMap<string, UnderObjection> | undefined,
): ListEntryView {
  const underObjection = entry.causes.map((eventId) => objected?.get(eventId)).find((found) => found !== undefined);
  return underObjection ? { ...entry, underObjection } : entry;
}
