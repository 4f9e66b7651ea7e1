import { compareDecimals, parseDecimal } from '../values/decimal.js';
import type { RuleSetDocument, ThresholdDoc } from './rule-set.schema.js';

type Report = (path: string, reason: string) => void;

/** Where a table threshold is read: a criterion's own conditions, with the fact's region and deciding date at hand. */
const READ_AT = /^listTypes\[\d+\]\.criteria\[\d+\]\.where\[/;

/**
 * What the shape of jurisdiction tables cannot tell: every row gives every named value and no other, within the
 * national range; no row twice; every `{ table, value }` threshold names a table and value that exist, and is
 * read where the evaluator knows the region and the deciding date.
 */
export function checkJurisdictionTables(doc: RuleSetDocument, problem: Report): void {
  const tables = new Map<string, readonly string[]>();
  (doc.jurisdictionTables ?? []).forEach((table, i) => {
    const at = `jurisdictionTables[${i}]`;
    if (tables.has(table.id)) problem(`${at}.id`, `${table.id} is defined twice`);
    tables.set(table.id, table.values);
    table.values.forEach((name, j) => {
      if (table.values.indexOf(name) !== j) problem(`${at}.values[${j}]`, `${name} is named twice`);
    });
    for (const [name, range] of Object.entries(table.bounds ?? {})) {
      if (!table.values.includes(name))
        problem(`${at}.bounds.${name}`, `${name} is not a value of ${table.id}: ${table.values.join(', ')}`);
      if (compareDecimals(parseDecimal(range.min), parseDecimal(range.max)) > 0) problem(`${at}.bounds.${name}`, 'min is above max');
    }
    const seen = new Set<string>();
    table.rows.forEach((row, j) => {
      const rowAt = `${at}.rows[${j}]`;
      const key = `${row.region}@${row.effectiveFrom}`;
      if (seen.has(key)) problem(rowAt, `a second row for ${row.region} from ${row.effectiveFrom}`);
      seen.add(key);
      if (table.effectiveFrom && row.effectiveFrom < table.effectiveFrom)
        problem(`${rowAt}.effectiveFrom`, `${row.effectiveFrom} is before ${table.id} is in force (${table.effectiveFrom})`);
      for (const name of table.values) {
        if (!(name in row.values)) problem(`${rowAt}.${name}`, `is required: every row of ${table.id} gives ${table.values.join(', ')}`);
      }
      for (const [name, figure] of Object.entries(row.values)) {
        if (!table.values.includes(name)) {
          problem(`${rowAt}.${name}`, `${name} is not a value of ${table.id}: ${table.values.join(', ')}`);
          continue;
        }
        const range = table.bounds?.[name];
        const value = parseDecimal(figure);
        if (range && (compareDecimals(value, parseDecimal(range.min)) < 0 || compareDecimals(value, parseDecimal(range.max)) > 0))
          problem(`${rowAt}.${name}`, `${figure} is outside the range ${range.min}–${range.max} the national text allows`);
      }
    });
  });
  tableThresholds(doc, '').forEach(({ path, threshold }) => {
    const at = `${path}.${threshold.word}`;
    const ref = threshold.table!;
    const values = tables.get(ref.table);
    if (!READ_AT.test(path))
      problem(at, `a jurisdiction threshold is read only in a criterion's where (it needs the region and the deciding date)`);
    else if (!values) problem(`${at}.table`, `unknown jurisdiction table ${ref.table}; known: ${[...tables.keys()].join(', ') || 'none'}`);
    else if (!values.includes(ref.value)) problem(`${at}.value`, `${ref.value} is not a value of ${ref.table}: ${values.join(', ')}`);
  });
}

/** Every parsed threshold with a table, wherever it is in the document, with its path. */
export function tableThresholds(node: unknown, path: string): { path: string; threshold: ThresholdDoc }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => tableThresholds(item, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    const threshold = value as Partial<ThresholdDoc> | undefined;
    if (key === 'threshold' && threshold?.table && threshold.word) return [{ path: at, threshold: threshold as ThresholdDoc }];
    return tableThresholds(value, at);
  });
}
