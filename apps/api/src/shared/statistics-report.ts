import type { ContentObject, SchemaObject } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Caller } from '#credit';
import { isValidLocalDate, type LocalDate, type Problem } from '#kernel';
import { csvLine } from './csv.js';
import { departmentInScope } from './department-scope.js';
import { invalidQuery } from './problems/invalid-query.js';

/** A report of the quarterly assessment (docs/joint-loop.md, Statistics): the period and one row per counted group. */
export interface StatisticsReport<Row extends object = Record<string, unknown>> {
  readonly report: string;
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly rows: readonly Row[];
}

export interface StatisticsParams {
  readonly from?: string;
  readonly to?: string;
  readonly department?: string;
  readonly format?: string;
  /** A position answered by a write: the report waits (bounded) until it is reflected. */
  readonly after?: string;
}

export type StatisticsFormat = 'json' | 'csv';

/** `format` (json or csv) and the department whose rows the caller may see, adding to `errors` what is wrong. */
export function checkedFormat(format: string | undefined, errors: Problem[]): StatisticsFormat | undefined {
  if (format === undefined || format === 'json' || format === 'csv') return format;
  errors.push({ path: 'format', reason: 'must be json or csv' });
  return undefined;
}

/** `from` and `to`, both required real days, `to` not before `from`; a 400 naming each bad one. */
export function parseStatisticsPeriod(params: StatisticsParams): { from: LocalDate; to: LocalDate; format?: StatisticsFormat } {
  const errors: Problem[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = params[field];
    if (value === undefined) errors.push({ path: field, reason: 'is required (YYYY-MM-DD)' });
    else if (!isValidLocalDate(value)) errors.push({ path: field, reason: 'must be a real date YYYY-MM-DD' });
  }
  if (!errors.length && params.from! > params.to!) errors.push({ path: 'to', reason: 'must not be before from' });
  const format = checkedFormat(params.format, errors);
  if (errors.length) throw invalidQuery(errors);
  return { from: params.from as LocalDate, to: params.to as LocalDate, format };
}

/** Whose rows the caller sees: the credit office every department's (or the one it names), a department its own (else 403). */
export function departmentInView(caller: Caller, requested: string | undefined): string | undefined {
  return departmentInScope(caller, requested, {
    code: 'other-department-statistics',
    title: 'Only the credit office sees other departments’ statistics',
    reason: `${caller.department.id} may ask only for its own rows`,
  });
}

/** True when the answer is to be CSV: `?format=csv`, or `Accept: text/csv` without `?format=json`. */
export function wantsCsv(format: StatisticsFormat | undefined, accept: string | undefined): boolean {
  return format === 'csv' || (format === undefined && (accept?.includes('text/csv') ?? false));
}

/**
 * The report as JSON (returned), or written as CSV: UTF-8 with a BOM (Excel), one header line of the row keys, then
 * one line per row (csvLine: quoted, formulas defused).
 */
export function answerReport<Row extends object, Report extends StatisticsReport<Row>>(
  report: Report & StatisticsReport<Row>,
  columns: readonly (keyof Row & string)[],
  csv: boolean,
  response: Response,
): Report | void {
  if (!csv) return report;
  response
    .type('text/csv; charset=utf-8')
    .setHeader('Content-Disposition', `attachment; filename="${report.report}-${report.from}-${report.to}.csv"`);
  response.write('\uFEFF' + csvLine(columns));
  for (const row of report.rows) response.write(csvLine(columns.map((column) => row[column])));
  response.end();
}

/** The OpenAPI schema of a report's row: every column is in every row (a CSV line has them all). */
export function statisticsRowSchema(columns: Record<string, SchemaObject>): SchemaObject {
  return { type: 'object', required: Object.keys(columns), properties: columns };
}

/** The OpenAPI answer of a statistics report: JSON with the rows' schema, or CSV. */
export function statisticsResponseContent(
  rowSchema: SchemaObject,
  example: { readonly report: string; readonly from: string; readonly to: string; readonly rows: readonly object[] },
): ContentObject {
  return {
    'application/json': {
      schema: {
        type: 'object',
        required: ['report', 'from', 'to', 'rows'],
        properties: {
          report: { type: 'string' },
          from: { type: 'string', format: 'date' },
          to: { type: 'string', format: 'date' },
          rows: { type: 'array', items: rowSchema },
        },
      },
      example,
    },
    'text/csv': {
      schema: { type: 'string', description: 'UTF-8 with a BOM: one header line of the row keys, then one line per row' },
      example: csvLine(Object.keys(example.rows[0] ?? {})) + (example.rows[0] ? csvLine(Object.values(example.rows[0])) : ''),
    },
  };
}
