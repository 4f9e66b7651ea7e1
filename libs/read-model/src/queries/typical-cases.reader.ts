import type { DataSource } from 'typeorm';
import { formatPosition, parsePosition } from '#event-store';
import type { TypicalCaseKind } from '#credit';
import { SqlConditions } from './sql-conditions.js';

export interface TypicalCase {
  readonly id: string;
  readonly department: string;
  readonly kind: TypicalCaseKind;
  readonly title: string;
  readonly summary: string;
  readonly subjects: readonly string[];
  readonly measures: readonly string[];
  readonly documentNumbers: readonly string[];
  readonly occurredOn: string;
  readonly submittedOn: string;
  readonly withdrawn?: { readonly on: string; readonly by: string; readonly reason: string };
}

export interface TypicalCaseFilter {
  /** Only this department's cases. */
  readonly department?: string;
  /** Submitted on or after this day. */
  readonly from?: string;
  /** Submitted on or before this day. */
  readonly to?: string;
}

export interface TypicalCasePage {
  readonly cases: readonly TypicalCase[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  readonly next?: string;
}

/** One department's cases submitted in a period: those that stand, by kind, and those withdrawn. */
export interface TypicalCaseCount {
  readonly department: string;
  readonly reward: number;
  readonly punishment: number;
  readonly withdrawn: number;
}

/** Reads the typical-cases read model: pages in submission order, and the counts per department. */
export class TypicalCasesReader {
  constructor(private readonly db: DataSource) {}

  async page(filter: TypicalCaseFilter, cursor: string | undefined, limit: number): Promise<TypicalCasePage> {
    const where = conditions(filter);
    const after = cursor ? parsePosition(cursor) : undefined;
    if (after) where.add('(commit_position, prepare_position) > (?::bigint, ?::bigint)', String(after.commit), String(after.prepare));
    const limitParam = where.param(limit + 1);
    const rows: Row[] = await this.db.query(
      `SELECT case_id, department, kind, title, summary, subjects, measures, document_numbers, occurred_on::text AS occurred_on,
              submitted_on::text AS submitted_on, withdrawn_on::text AS withdrawn_on, withdrawn_by, withdrawn_reason,
              commit_position::text AS commit_text, prepare_position::text AS prepare_text
         FROM typical_cases ${where.where()}
        ORDER BY typical_cases.commit_position, typical_cases.prepare_position LIMIT ${limitParam}`,
      where.params,
    );
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return {
      cases: shown.map(toCase),
      next:
        rows.length > limit && last ? formatPosition({ commit: BigInt(last.commit_text), prepare: BigInt(last.prepare_text) }) : undefined,
    };
  }

  /** The departments that submitted cases in the period, with their counts. */
  async countsByDepartment(filter: TypicalCaseFilter): Promise<TypicalCaseCount[]> {
    const where = conditions(filter);
    const rows: { department: string; reward: string; punishment: string; withdrawn: string }[] = await this.db.query(
      `SELECT department,
              count(*) FILTER (WHERE withdrawn_on IS NULL AND kind = 'reward') AS reward,
              count(*) FILTER (WHERE withdrawn_on IS NULL AND kind = 'punishment') AS punishment,
              count(*) FILTER (WHERE withdrawn_on IS NOT NULL) AS withdrawn
         FROM typical_cases ${where.where()} GROUP BY department ORDER BY department`,
      where.params,
    );
    return rows.map((r) => ({
      department: r.department,
      reward: Number(r.reward),
      punishment: Number(r.punishment),
      withdrawn: Number(r.withdrawn),
    }));
  }
}

function conditions(filter: TypicalCaseFilter): SqlConditions {
  const where = new SqlConditions();
  if (filter.department) where.add('department = ?', filter.department);
  if (filter.from) where.add('submitted_on >= ?::date', filter.from);
  if (filter.to) where.add('submitted_on <= ?::date', filter.to);
  return where;
}

interface Row {
  case_id: string;
  department: string;
  kind: TypicalCaseKind;
  title: string;
  summary: string;
  subjects: string[];
  measures: string[];
  document_numbers: string[];
  occurred_on: string;
  submitted_on: string;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
  withdrawn_reason: string | null;
  commit_text: string;
  prepare_text: string;
}

function toCase(r: Row): TypicalCase {
  return {
    id: r.case_id,
    department: r.department,
    kind: r.kind,
    title: r.title,
    summary: r.summary,
    subjects: r.subjects,
    measures: r.measures,
    documentNumbers: r.document_numbers,
    occurredOn: r.occurred_on,
    submittedOn: r.submitted_on,
    ...(r.withdrawn_on ? { withdrawn: { on: r.withdrawn_on, by: r.withdrawn_by ?? '', reason: r.withdrawn_reason ?? '' } } : {}),
  };
}
