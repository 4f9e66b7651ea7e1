import type { FieldSpec } from '../field-spec.js';

export const documentNumber = (label: string): FieldSpec => ({ kind: 'text', label, maxLength: 200 });
export const date = (label: string): FieldSpec => ({ kind: 'date', label });
export const optionalDate = (label: string): FieldSpec => ({ kind: 'date', label, optional: true });
export const text = (label: string, maxLength = 2000): FieldSpec => ({ kind: 'text', label, maxLength });
export const optionalText = (label: string, maxLength = 2000): FieldSpec => ({ kind: 'text', label, maxLength, optional: true });
export const yuan = (label: string): FieldSpec => ({ kind: 'decimal', label, unit: '元' });
export const tenThousandYuan = (label: string): FieldSpec => ({ kind: 'decimal', label, unit: '万元', optional: true });
export const count = (label: string, max = 1_000_000): FieldSpec => ({ kind: 'integer', label, min: 0, max });

/** The deciding authority, as 双公示 records name it. */
export const authority = {
  authorityName: text('决定机关名称', 200),
  authorityCode: { kind: 'text', label: '决定机关统一社会信用代码', maxLength: 18, optional: true },
} as const satisfies Record<string, FieldSpec>;
