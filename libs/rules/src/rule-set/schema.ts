import type { Problem } from '#kernel';

/**
 * A small schema language for rule-set files: every check reports the JSON path of the offending
 * value and why, so an author sees "memoranda[2].listTypes[0]: unknown list type tax-major-case".
 */
export type Schema<T> = (value: unknown, path: string, problems: Problem[]) => T | undefined;

const fail = <T>(problems: Problem[], path: string, reason: string): T | undefined => {
  problems.push({ path, reason });
  return undefined;
};

export const string =
  (options: { pattern?: RegExp; hint?: string } = {}): Schema<string> =>
  (value, path, problems) => {
    if (typeof value !== 'string' || value.trim() === '') {
      return fail(problems, path, options.hint ? `must be ${options.hint}` : 'must be a non-empty string');
    }
    if (options.pattern && !options.pattern.test(value)) return fail(problems, path, `must be ${options.hint ?? options.pattern.source}`);
    return value;
  };

export const integer =
  (min: number, max: number): Schema<number> =>
  (value, path, problems) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? (value as number)
      : fail(problems, path, `must be an integer from ${min} to ${max}`);

export const boolean: Schema<boolean> = (value, path, problems) =>
  typeof value === 'boolean' ? value : fail(problems, path, 'must be true or false');

export const oneOf =
  <const V extends string>(values: readonly V[]): Schema<V> =>
  (value, path, problems) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? (value as V)
      : fail(problems, path, `must be one of ${values.join(', ')}`);

/** Any JSON value (compared literally by the conditions that use it). */
export const literal: Schema<string | number | boolean> = (value, path, problems) =>
  ['string', 'number', 'boolean'].includes(typeof value)
    ? (value as string | number | boolean)
    : fail(problems, path, 'must be a string, number or boolean');

export const array =
  <T>(item: Schema<T>, options: { min?: number } = {}): Schema<T[]> =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return fail(problems, path, 'must be a list');
    if (value.length < (options.min ?? 0)) return fail(problems, path, `must have at least ${options.min} item(s)`);
    const before = problems.length;
    const items = value.map((v, i) => item(v, `${path}[${i}]`, problems));
    return problems.length === before ? (items as T[]) : undefined;
  };

type Fields = Record<string, { schema: Schema<unknown>; optional?: boolean }>;
type Shape<F extends Fields> = {
  [K in keyof F as F[K]['optional'] extends true ? never : K]: F[K]['schema'] extends Schema<infer T> ? T : never;
} & {
  [K in keyof F as F[K]['optional'] extends true ? K : never]?: F[K]['schema'] extends Schema<infer T> ? T : never;
};

export const required = <T>(schema: Schema<T>) => ({ schema });
export const optional = <T>(schema: Schema<T>) => ({ schema, optional: true as const });

/** An object with exactly these keys (unknown keys are refused: a typo must not pass silently). */
export const object =
  <F extends Fields>(fields: F): Schema<Shape<F>> =>
  (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(problems, path, 'must be a mapping');
    const record = value as Record<string, unknown>;
    const before = problems.length;
    for (const key of Object.keys(record)) {
      if (!(key in fields))
        problems.push({ path: join(path, key), reason: `unknown key; expected one of ${Object.keys(fields).join(', ')}` });
    }
    const result: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(fields)) {
      if (record[key] === undefined || record[key] === null) {
        if (!field.optional) problems.push({ path: join(path, key), reason: 'is required' });
        continue;
      }
      result[key] = field.schema(record[key], join(path, key), problems);
    }
    return problems.length === before ? (result as Shape<F>) : undefined;
  };

/** Exactly one of the alternatives, chosen by which key is present. */
export const variant =
  <T>(alternatives: Record<string, Schema<T>>): Schema<T> =>
  (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(problems, path, 'must be a mapping');
    const keys = Object.keys(alternatives).filter((key) => key in (value as object));
    if (keys.length !== 1) {
      return fail(
        problems,
        path,
        `must have exactly one of ${Object.keys(alternatives).join(', ')}${keys.length ? ` (found ${keys.join(', ')})` : ''}`,
      );
    }
    return alternatives[keys[0]](value, path, problems);
  };

/** A schema defined later (for recursive conditions). */
export const lazy =
  <T>(get: () => Schema<T>): Schema<T> =>
  (value, path, problems) =>
    get()(value, path, problems);

export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
