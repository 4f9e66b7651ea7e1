/**
 * `MajorTaxCaseDecided` v1 data read as v2. v1 knew five violation values and no determination date; its
 * entries ran from `finalOn`, so that day stands for the determination. `false-invoicing` did not say
 * whether 专用 or 普通 invoices were falsely issued: it reads as ordinary invoicing with no count or amount,
 * which lists nothing (no v1 case of it was ever listed). `criminalSentence` named no person: the officer
 * ban now rests on the sentenced person's own `CriminalSentenceServed`, so the flag is dropped.
 */
export const MAJOR_TAX_CASE_V1_LIMBS: Readonly<Record<string, string>> = {
  evasion: 'evasion',
  'arrears-evasion': 'arrears-evasion',
  'export-refund-fraud': 'export-refund-fraud',
  'tax-resistance': 'tax-resistance',
  'false-invoicing': 'false-ordinary-invoicing',
  other: 'other',
};

export function majorTaxCaseV1ToV2<T extends Readonly<Record<string, unknown>>>(v1: T): Record<string, unknown> {
  const { criminalSentence: _dropped, ...rest } = v1;
  const violation = typeof v1.violation === 'string' ? (MAJOR_TAX_CASE_V1_LIMBS[v1.violation] ?? 'other') : 'other';
  return { ...rest, violation, determinedOn: v1.determinedOn ?? v1.finalOn };
}
