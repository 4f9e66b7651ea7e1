import type { Objection } from '#credit';
import type { LocalDate, TimeLimitStatus } from '#kernel';
import { objectionView } from '../objection-view.js';

/** One source department's objections filed in the period: counts by outcome and each step's time-limit compliance. */
export interface ObjectionStatisticsRow {
  readonly department: string;
  readonly filed: number;
  readonly open: number;
  readonly notAccepted: number;
  readonly upheldCorrection: number;
  readonly upheldRevocation: number;
  readonly rejected: number;
  readonly acceptanceMet: number;
  readonly acceptanceMissed: number;
  readonly acceptanceOverdue: number;
  readonly checkMet: number;
  readonly checkMissed: number;
  readonly checkOverdue: number;
  readonly answerMet: number;
  readonly answerMissed: number;
  readonly answerOverdue: number;
  /** Steps whose time limit crosses a year the official calendar does not know yet: neither met nor missed. */
  readonly calendarUnknown: number;
}

type Counts = { -readonly [K in keyof ObjectionStatisticsRow]: ObjectionStatisticsRow[K] };

/** The rows, one per source department in name order; each step's status as seen on `today` (overdue: not taken, past due). */
export function objectionStatisticsRows(objections: readonly Objection[], today: LocalDate): ObjectionStatisticsRow[] {
  const rows = new Map<string, Counts>();
  for (const objection of objections) {
    const department = objection.record.department;
    const row = rows.get(department) ?? emptyRow(department);
    rows.set(department, row);
    const view = objectionView(objection, today);
    row.filed++;
    if (view.open) row.open++;
    if (view.status === 'not-accepted') row.notAccepted++;
    const outcome = view.decision?.outcome;
    if (outcome === 'upheld-correction') row.upheldCorrection++;
    if (outcome === 'upheld-revocation') row.upheldRevocation++;
    if (outcome === 'rejected') row.rejected++;
    for (const step of ['acceptance', 'check', 'answer'] as const) {
      const status: TimeLimitStatus | undefined = view.timeLimits[step]?.status;
      if (status === 'met') row[`${step}Met`]++;
      if (status === 'missed') row[`${step}Missed`]++;
      if (status === 'overdue') row[`${step}Overdue`]++;
      if (status === 'calendar-unknown') row.calendarUnknown++;
    }
  }
  return [...rows.values()].sort((a, b) => a.department.localeCompare(b.department));
}

function emptyRow(department: string): Counts {
  return {
    department,
    filed: 0,
    open: 0,
    notAccepted: 0,
    upheldCorrection: 0,
    upheldRevocation: 0,
    rejected: 0,
    acceptanceMet: 0,
    acceptanceMissed: 0,
    acceptanceOverdue: 0,
    checkMet: 0,
    checkMissed: 0,
    checkOverdue: 0,
    answerMet: 0,
    answerMissed: 0,
    answerOverdue: 0,
    calendarUnknown: 0,
  };
}

/** The CSV columns: the row's keys, in order. */
export const STATISTICS_COLUMNS = Object.keys(emptyRow('')) as (keyof ObjectionStatisticsRow)[];
