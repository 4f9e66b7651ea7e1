/**
 * Jurisdiction tables (rule-format §6): figures the law leaves to each province or city, e.g. the 拒不支付劳动报酬罪
 * "数额较大" figure each 高级人民法院 fixes within the range of 法释〔2013〕3号 第三条.
 *
 * No import from rule-set.schema.ts (which imports this file): the basis schema is passed in.
 */
import { isValidLocalDate } from '#kernel';
import { array, optional, required, string, object, type Schema } from './schema.js';

/** A threshold read from a table instead of a fixed figure: `{ 以上: { table: …, value: … } }`. */
export interface TableRef {
  readonly table: string;
  readonly value: string;
}

export interface JurisdictionRowDocument<B = unknown> {
  /** GB/T 2260 code of a province (XX0000) or a city (XXXX00). */
  readonly region: string;
  readonly effectiveFrom: string;
  /** The figure of each named value, an exact decimal. */
  readonly values: Readonly<Record<string, string>>;
  readonly basis: B;
  readonly inferred?: string;
}

export interface JurisdictionTableDocument<B = unknown> {
  readonly id: string;
  readonly description: string;
  readonly values: readonly string[];
  /** The range the national text allows for each value: a row outside it is refused. */
  readonly bounds?: Readonly<Record<string, { readonly min: string; readonly max: string }>>;
  /** The national text that delegates the figure; no row may start before it is in force. */
  readonly effectiveFrom?: string;
  readonly basis: B;
  readonly rows: readonly JurisdictionRowDocument<B>[];
}

const id = string({ pattern: /^[a-z0-9][a-z0-9-]*$/, hint: 'lower-case letters, digits and -' });
const valueName = string({ pattern: /^[a-z][a-zA-Z0-9]*$/, hint: 'a value name in lowerCamelCase, e.g. oneWorker' });
const decimal = string({ pattern: /^\d+(\.\d+)?$/, hint: 'an exact decimal written as a string, e.g. "10000"' });
const date: Schema<string> = (value, path, problems) => {
  const text = string()(value, path, problems);
  if (text !== undefined && !isValidLocalDate(text)) return (problems.push({ path, reason: 'must be a real date YYYY-MM-DD' }), undefined);
  return text;
};

/** GB/T 2260 province codes (first two digits): 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82. */
const PROVINCES = new Set(
  ['11-15', '21-23', '31-37', '41-46', '50-54', '61-65', '71-71', '81-82'].flatMap((range) => {
    const [from, to] = range.split('-').map(Number);
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  }),
);

/** Why `code` is not the GB/T 2260 code of a province or city, or undefined if it is one. */
export function regionCodeProblem(code: string): string | undefined {
  if (!/^\d{6}$/.test(code)) return 'must be a 6-digit GB/T 2260 code in quotes, e.g. "320000"';
  if (!PROVINCES.has(code.slice(0, 2))) return `${code.slice(0, 2)} is not a GB/T 2260 province`;
  if (!code.endsWith('00')) return 'must be a province (XX0000) or city (XXXX00) code; county rows are not supported';
  return undefined;
}

export const regionCodeSchema: Schema<string> = (value, path, problems) => {
  const text = typeof value === 'number' ? String(value) : value;
  const code = string({ hint: 'a 6-digit GB/T 2260 code in quotes, e.g. "320000"' })(text, path, problems);
  const problem = code === undefined ? undefined : regionCodeProblem(code);
  if (problem) problems.push({ path, reason: problem });
  return problem ? undefined : code;
};

export const tableRefSchema: Schema<TableRef> = object({ table: required(id), value: required(valueName) });

const ROW_KEYS = ['region', 'effectiveFrom', 'basis', 'inferred'];

/** A row: its region, date and basis, and one decimal per named value (checked against the table's values later). */
const rowSchema =
  <B>(basis: Schema<B>): Schema<JurisdictionRowDocument<B>> =>
  (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return (problems.push({ path, reason: 'must be a mapping' }), undefined);
    const record = value as Record<string, unknown>;
    const before = problems.length;
    const fixed = object({
      region: required(regionCodeSchema),
      effectiveFrom: required(date),
      basis: required(basis),
      inferred: optional(string()),
    })(Object.fromEntries(Object.entries(record).filter(([key]) => ROW_KEYS.includes(key))), path, problems);
    const values: Record<string, string> = {};
    for (const [key, figure] of Object.entries(record).filter(([k]) => !ROW_KEYS.includes(k))) {
      const at = path ? `${path}.${key}` : key;
      if (valueName(key, at, problems) === undefined) continue;
      const parsed = decimal(figure, at, problems);
      if (parsed !== undefined) values[key] = parsed;
    }
    return problems.length === before && fixed ? { ...fixed, values } : undefined;
  };

export const jurisdictionTableSchema = <B>(basis: Schema<B>): Schema<JurisdictionTableDocument<B>> => {
  const bound = object({ min: required(decimal), max: required(decimal) });
  const bounds: Schema<Record<string, { min: string; max: string }>> = (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return (problems.push({ path, reason: 'must be a mapping of value name to { min, max }' }), undefined);
    const before = problems.length;
    const result: Record<string, { min: string; max: string }> = {};
    for (const [key, range] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (valueName(key, at, problems) === undefined) continue;
      const parsed = bound(range, at, problems);
      if (parsed) result[key] = parsed;
    }
    return problems.length === before ? result : undefined;
  };
  return object({
    id: required(id),
    description: required(string()),
    values: required(array(valueName, { min: 1 })),
    bounds: optional(bounds),
    effectiveFrom: optional(date),
    basis: required(basis),
    rows: required(array(rowSchema(basis))),
  }) as Schema<JurisdictionTableDocument<B>>;
};
