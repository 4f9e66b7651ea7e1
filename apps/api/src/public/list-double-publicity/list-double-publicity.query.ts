import { Query } from '@nestjs/cqrs';
import type { PublicPage, PublicSubject } from '#read-model';
import type { PublicPageSelection } from '../../shared/public-page.params.js';

export type DoublePublicityKind = 'licence' | 'penalty';
export const DOUBLE_PUBLICITY_KINDS: readonly DoublePublicityKind[] = ['licence', 'penalty'];

/** A licence or penalty as the 双公示 shows it: 文号, authority, subject, dates, the published fields and the window. */
export interface DoublePublicityItem {
  readonly kind: DoublePublicityKind;
  /** 行政许可决定文书号 / 行政处罚决定书文号. */
  readonly decisionNumber: string;
  readonly title: string;
  readonly subject: PublicSubject;
  readonly authority: { readonly name?: string; readonly code?: string };
  readonly decisionDate: string;
  /** The published fields (许可内容, 有效期; 违法事实, 处罚依据, 处罚内容 …), every 身份证号 masked. */
  readonly content: Readonly<Record<string, unknown>>;
  /** Published from, until (exclusive; absent: 长期), and the text that sets the period. */
  readonly window: { readonly from: string; readonly until?: string; readonly basis?: Readonly<Record<string, unknown>> };
}

/** One page of the 双公示 records of one kind published today; with `after`, once the disclosure view has applied it. */
export class ListDoublePublicityQuery extends Query<PublicPage<DoublePublicityItem>> {
  constructor(
    readonly kind: DoublePublicityKind,
    readonly selection: PublicPageSelection,
  ) {
    super();
  }
}
