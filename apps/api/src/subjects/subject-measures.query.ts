import { Query } from '@nestjs/cqrs';
import type { LocalDate } from '#kernel';
import type { ApplicableMeasure, EntryStatus, ListEntry, Scenario } from '#rules';

export interface SubjectMeasures {
  readonly subject: string;
  readonly asOf: LocalDate;
  readonly ruleSet: { readonly id: string; readonly version: string };
  readonly lists: (Omit<ListEntry, 'listingFact'> & { readonly status: EntryStatus })[];
  readonly measures: ApplicableMeasure[];
}

export class SubjectMeasuresQuery extends Query<SubjectMeasures> {
  constructor(
    readonly code: string,
    readonly asOf: LocalDate,
    readonly scenario?: Scenario,
    readonly department?: string,
  ) {
    super();
  }
}
