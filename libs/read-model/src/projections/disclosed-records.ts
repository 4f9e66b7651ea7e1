import { maskResidentIdsDeep } from '#kernel';
import { inspectionWindow, licenceWindow } from '#rules';

/** A row of the disclosure view as the projection inserts it. */
export interface PublicRecordRow extends Record<string, unknown> {
  readonly record_id: string;
  readonly subject: string;
  readonly kind: 'list-entry' | 'penalty' | 'licence' | 'inspection';
  readonly title: unknown;
  readonly content: unknown;
  readonly published_from: string;
  readonly published_until: string | null;
  readonly basis: unknown;
  readonly source: unknown;
}

export const RECORD_COLUMNS = {
  record_id: 'text',
  subject: 'text',
  kind: 'text',
  title: 'text',
  content: 'jsonb',
  published_from: 'date',
  published_until: 'date',
  basis: 'jsonb',
  source: 'jsonb',
} as const satisfies Record<keyof PublicRecordRow, string>;

/** What the 双公示 may show of a licence (行政许可 data standard's public fields). */
const PUBLIC_LICENCE_FIELDS = [
  'decisionNumber',
  'decisionDocumentName',
  'licenceCategory',
  'certificateName',
  'certificateNumber',
  'content',
  'decisionDate',
  'validFrom',
  'validTo',
  'authorityName',
  'authorityCode',
];

const PUBLIC_INSPECTION_FIELDS = ['inspectionNumber', 'inspectedOn', 'items', 'result', 'authorityName', 'authorityCode'];

type Fact = Readonly<Record<string, unknown>>;

/** A licence in force from its decision date (to 有效期至, or 长期); undefined when its decision date is not a date. */
export function licenceRecord(recordId: string, subject: string, fact: Fact): PublicRecordRow | undefined {
  const window = licenceWindow(fact);
  if (!window) return undefined;
  return withPublicFieldsMasked({
    record_id: recordId,
    subject,
    kind: 'licence',
    title: String(fact.decisionDocumentName ?? fact.licenceCategory ?? '行政许可'),
    content: picked(fact, PUBLIC_LICENCE_FIELDS),
    published_from: window.from,
    published_until: window.until ?? null,
    basis: window.basis,
    source: fact,
  });
}

/** A 双随机 result for its window, with the result's Chinese label. */
export function inspectionRecord(
  recordId: string,
  subject: string,
  fact: Fact,
  resultLabel: string | undefined,
): PublicRecordRow | undefined {
  const window = inspectionWindow(fact);
  if (!window) return undefined;
  return withPublicFieldsMasked({
    record_id: recordId,
    subject,
    kind: 'inspection',
    title: String(fact.items ?? '双随机抽查'),
    content: { ...picked(fact, PUBLIC_INSPECTION_FIELDS), ...(resultLabel && { resultLabel }) },
    published_from: window.from,
    published_until: window.until ?? null,
    basis: window.basis,
    source: fact,
  });
}

export function picked(fact: Fact, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => fact[f] !== undefined).map((f) => [f, fact[f]]));
}

/** What the disclosure view shows (title, content, basis) with every 身份证号 masked; `source` stays internal. */
export function withPublicFieldsMasked(row: PublicRecordRow): PublicRecordRow {
  return {
    ...row,
    title: maskResidentIdsDeep(row.title),
    content: maskResidentIdsDeep(row.content),
    basis: maskResidentIdsDeep(row.basis),
  };
}
