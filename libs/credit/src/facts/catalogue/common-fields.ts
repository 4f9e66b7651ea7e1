import type { FieldSpec } from '../field-spec.js';

export const documentNumber = (label: string): FieldSpec => ({ kind: 'text', label, maxLength: 200 });
/** The day something happened or was decided: never after today. */
export const date = (label: string): FieldSpec => ({ kind: 'date', label, past: true });
export const optionalDate = (label: string): FieldSpec => ({ kind: 'date', label, optional: true, past: true });
/** The start or end of a term (validity, office, a deadline): may lie ahead. */
export const termDate = (label: string): FieldSpec => ({ kind: 'date', label });
export const optionalTermDate = (label: string): FieldSpec => ({ kind: 'date', label, optional: true });
/** A name or a short designation: one line. */
export const text = (label: string, maxLength = 2000): FieldSpec => ({ kind: 'text', label, maxLength });
/** Free text (facts found, legal basis, reasons): may hold tabs and line breaks. */
export const prose = (label: string, maxLength = 2000): FieldSpec => ({ kind: 'text', label, maxLength, multiline: true });
export const optionalText = (label: string, maxLength = 2000): FieldSpec => ({ kind: 'text', label, maxLength, optional: true });
export const yuan = (label: string): FieldSpec => ({ kind: 'decimal', label, unit: '元' });
export const tenThousandYuan = (label: string): FieldSpec => ({ kind: 'decimal', label, unit: '万元', optional: true });
export const count = (label: string, max = 1_000_000): FieldSpec => ({ kind: 'integer', label, min: 0, max });

/** The deciding authority, as 双公示 records name it. */
export const authority = {
  authorityName: text('决定机关名称', 200),
  authorityCode: { kind: 'text', label: '决定机关统一社会信用代码', maxLength: 18, optional: true },
} as const satisfies Record<string, FieldSpec>;
