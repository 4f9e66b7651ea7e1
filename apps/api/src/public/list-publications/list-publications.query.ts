import { Query } from '@nestjs/cqrs';
import type { PublicPage, PublicSubject } from '#read-model';
import type { PublicPageSelection } from '../../shared/public-page.params.js';

export type ListColor = 'black' | 'red';
export const LIST_COLORS: readonly ListColor[] = ['black', 'red'];

/** A red- or black-list entry in force today as the list publication shows it. */
export interface ListPublicationItem {
  readonly listType: string;
  /** The list type's Chinese label, e.g. 失信被执行人. */
  readonly label: string;
  readonly color: ListColor;
  readonly subject: PublicSubject;
  readonly memorandum?: string;
  /** The 文号 the listing rests on (the memorandum or regime). */
  readonly basis: { readonly documentNumber: string; readonly clause?: string };
  /** `until` exclusive; `longTerm` (长期) when the entry has no end date. */
  readonly period: { readonly from: string; readonly until?: string; readonly longTerm: boolean };
  readonly decidedBy?: string;
}

/** One page of the entries of one colour published today; with `after`, once the disclosure view has applied it. */
export class ListPublicationsQuery extends Query<PublicPage<ListPublicationItem>> {
  constructor(
    readonly color: ListColor,
    readonly selection: PublicPageSelection,
  ) {
    super();
  }
}
