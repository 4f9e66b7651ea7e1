import { isValidLocalDate, type LocalDate, type Problem } from '#kernel';
import { textProblem } from './text-hygiene.js';

/** How one field of a fact is written; the catalogue is data, so adding facts touches no HTTP code. */
export type FieldSpec =
  | {
      readonly kind: 'text';
      readonly label: string;
      readonly optional?: true;
      readonly maxLength?: number;
      readonly pattern?: RegExp;
      /** Free text that may hold tabs and line breaks; otherwise one line without invisible formatting characters. */
      readonly multiline?: true;
    }
  /** `past`: the day something happened or was decided, which cannot be after today. */
  | { readonly kind: 'date'; readonly label: string; readonly optional?: true; readonly past?: true }
  | { readonly kind: 'decimal'; readonly label: string; readonly optional?: true; readonly unit: '元' | '万元' | '小时' }
  | { readonly kind: 'integer'; readonly label: string; readonly optional?: true; readonly min: number; readonly max: number }
  | { readonly kind: 'enum'; readonly label: string; readonly optional?: true; readonly values: Readonly<Record<string, string>> }
  | { readonly kind: 'boolean'; readonly label: string; readonly optional?: true }
  | { readonly kind: 'person'; readonly label: string; readonly optional?: true }
  | {
      readonly kind: 'list';
      readonly label: string;
      readonly optional?: true;
      readonly item: Readonly<Record<string, FieldSpec>>;
      readonly maxItems: number;
    }
  /** A list of one-line texts (document numbers): may be empty. */
  | { readonly kind: 'texts'; readonly label: string; readonly optional?: true; readonly maxItems: number; readonly maxLength: number };

/** Exact decimal: digits, an optional fraction of up to 6 places, never a float. */
export const DECIMAL = /^(0|[1-9]\d{0,15})(\.\d{1,6})?$/;

export function validateFields(specs: Readonly<Record<string, FieldSpec>>, value: unknown, path: string, today: LocalDate): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: path, reason: 'must be an object' }];
  }
  const record = value as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const name of Object.keys(record)) {
    if (!Object.hasOwn(specs, name)) problems.push({ path: `${path}.${name}`, reason: 'is not a field of this fact type' });
  }
  for (const [name, spec] of Object.entries(specs)) {
    const field = `${path}.${name}`;
    const v = record[name];
    if (v === undefined || v === null) {
      if (!spec.optional) problems.push({ path: field, reason: `is required (${spec.label})` });
      continue;
    }
    problems.push(...validateField(spec, v, field, today));
  }
  return problems;
}

function validateField(spec: FieldSpec, v: unknown, field: string, today: LocalDate): Problem[] {
  const problem = (reason: string) => [{ path: field, reason: `${reason} (${spec.label})` }];
  switch (spec.kind) {
    case 'text': {
      if (typeof v !== 'string' || v.trim() === '') return problem('must be a non-empty string');
      if (v.length > (spec.maxLength ?? 2000)) return problem(`must be at most ${spec.maxLength ?? 2000} characters`);
      const unclean = textProblem(v, spec.multiline ? 'prose' : 'line');
      if (unclean) return problem(unclean);
      if (spec.pattern && !spec.pattern.test(v)) return problem(`must match ${spec.pattern.source}`);
      return [];
    }
    case 'date':
      if (typeof v !== 'string' || !isValidLocalDate(v)) return problem('must be a real date YYYY-MM-DD');
      return spec.past && v > today ? problem(`cannot be after today (${today})`) : [];
    case 'decimal':
      return typeof v === 'string' && DECIMAL.test(v)
        ? []
        : problem(`must be an exact decimal string in ${spec.unit}, e.g. "12.5" (numbers are refused to avoid rounding)`);
    case 'integer':
      return Number.isInteger(v) && (v as number) >= spec.min && (v as number) <= spec.max
        ? []
        : problem(`must be an integer from ${spec.min} to ${spec.max}`);
    case 'enum':
      return typeof v === 'string' && Object.hasOwn(spec.values, v) ? [] : problem(`must be one of ${Object.keys(spec.values).join(', ')}`);
    case 'boolean':
      return typeof v === 'boolean' ? [] : problem('must be true or false');
    case 'person':
      return validateFields(PERSON_FIELDS, v, field, today);
    case 'list':
      if (!Array.isArray(v) || v.length === 0) return problem('must be a non-empty array');
      if (v.length > spec.maxItems) return problem(`must have at most ${spec.maxItems} items`);
      return v.flatMap((item, i) => validateFields(spec.item, item, `${field}[${i}]`, today));
    case 'texts':
      if (!Array.isArray(v)) return problem('must be an array of texts');
      if (v.length > spec.maxItems) return problem(`must have at most ${spec.maxItems} items`);
      return v.flatMap((item, i) =>
        validateField({ kind: 'text', label: spec.label, maxLength: spec.maxLength }, item, `${field}[${i}]`, today),
      );
  }
}

/** A natural person named in a fact (a legal representative, a directly responsible person). */
export const PERSON_FIELDS: Readonly<Record<string, FieldSpec>> = {
  idNumber: { kind: 'text', label: '身份证号', maxLength: 18 },
  name: { kind: 'text', label: '姓名', maxLength: 100 },
};
