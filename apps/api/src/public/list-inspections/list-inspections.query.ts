import { Query } from '@nestjs/cqrs';
import type { PublicPage, PublicSubject } from '#read-model';
import type { PublicPageSelection } from '../../shared/public-page.params.js';

/** A 双随机、一公开 result as the public sees it. */
export interface InspectionItem {
  readonly inspectionNumber: string;
  /** 抽查事项. */
  readonly items: string;
  readonly result: string;
  /** 抽查结果 in Chinese, e.g. 未发现问题. */
  readonly resultLabel?: string;
  readonly inspectedOn: string;
  readonly subject: PublicSubject;
  readonly authority: { readonly name?: string; readonly code?: string };
  readonly window: { readonly from: string; readonly until?: string; readonly basis?: Readonly<Record<string, unknown>> };
}

/** One page of the inspection results published today; with `after`, once the disclosure view has applied it. */
export class ListInspectionsQuery extends Query<PublicPage<InspectionItem>> {
  constructor(readonly selection: PublicPageSelection) {
    super();
  }
}
