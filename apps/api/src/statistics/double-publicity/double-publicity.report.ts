import { publicationTimeLimit, type FactCatalogue } from '#credit';
import type { WorkingDayCalendar } from '#kernel';
import type { PublicationRecord } from '#read-model';

/** One department's 双公示 decisions of one kind in the period, and how many reached the platform in time. */
export interface DoublePublicityRow {
  readonly department: string;
  readonly factType: string;
  readonly label: string;
  /** The deadline in working days, and its basis. */
  readonly workingDays: number;
  readonly basis: string;
  readonly decided: number;
  readonly onTime: number;
  readonly late: number;
  /** Decisions whose deadline reaches a year the official calendar does not know yet: neither on time nor late. */
  readonly calendarUnknown: number;
  /** onTime / (onTime + late) in percent, two places; null when none could be counted. */
  readonly onTimePercent: string | null;
}

/** Counts each decision against its deadline, from the decision date to the day it was recorded. */
export function doublePublicityRows(
  records: readonly PublicationRecord[],
  catalogue: FactCatalogue,
  calendar: WorkingDayCalendar,
): DoublePublicityRow[] {
  const rows = new Map<string, DoublePublicityRow & { onTime: number; late: number; calendarUnknown: number; decided: number }>();
  for (const record of records) {
    const definition = catalogue.get(record.factType);
    const deadline = definition?.publicationDeadline;
    if (!definition || !deadline) continue;
    const key = `${record.department}\u0000${record.factType}`;
    const row = rows.get(key) ?? {
      department: record.department,
      factType: record.factType,
      label: definition.label,
      workingDays: deadline.workingDays,
      basis: deadline.basis,
      decided: 0,
      onTime: 0,
      late: 0,
      calendarUnknown: 0,
      onTimePercent: null,
    };
    const { status } = publicationTimeLimit(deadline, record.decidedOn, record.recordedOn, calendar);
    row.decided++;
    if (status === 'met') row.onTime++;
    else if (status === 'missed') row.late++;
    else row.calendarUnknown++;
    rows.set(key, row);
  }
  return [...rows.values()].map((row) => ({ ...row, onTimePercent: percent(row.onTime, row.onTime + row.late) }));
}

function percent(part: number, whole: number): string | null {
  return whole === 0 ? null : ((part * 100) / whole).toFixed(2);
}
