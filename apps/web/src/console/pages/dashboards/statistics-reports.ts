/** The rows of GET /v1/statistics/* (apps/api/src/shared/statistics-report.ts and each report's controller). */
export interface StatisticsReport<Row> {
  readonly report: string;
  readonly from: string;
  readonly to: string;
  readonly rows: readonly Row[];
}

export interface ListChangeCount {
  readonly month: string;
  readonly listType: string;
  readonly listed: number;
  readonly delisted: number;
}

export interface DoublePublicityRow {
  readonly department: string;
  readonly factType: string;
  readonly label: string;
  readonly workingDays: number;
  readonly basis: string;
  readonly decided: number;
  readonly onTime: number;
  readonly late: number;
  readonly calendarUnknown: number;
  readonly onTimePercent: string | null;
}

export interface FeedbackRow {
  readonly department: string;
  /** null: all measures of the department. */
  readonly measureId: string | null;
  readonly checks: number;
  readonly checksWithFeedback: number;
  /** checksWithFeedback / checks, to 4 places. */
  readonly rate: number;
  readonly feedback: number;
  readonly applied: number;
  readonly notApplied: number;
}

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
  readonly calendarUnknown: number;
}

export interface RepairStatisticsRow {
  readonly department: string;
  readonly applications: number;
  readonly approved: number;
  readonly refused: number;
  readonly pending: number;
  readonly decidedWithinTimeLimit: number;
  readonly decidedLate: number;
  readonly overdue: number;
  readonly calendarUnknown: number;
}

export interface RepairStatistics extends StatisticsReport<RepairStatisticsRow> {
  readonly reviewWorkingDays: number;
  readonly basis: { readonly documentNumber: string; readonly clause?: string };
}

export interface Period {
  readonly from: string;
  readonly to: string;
}

/** Sums a field over rows. */
export const total = <Row>(rows: readonly Row[], value: (row: Row) => number): number => rows.reduce((sum, row) => sum + value(row), 0);
