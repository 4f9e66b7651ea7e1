import { Query } from '@nestjs/cqrs';
import type { Quarter } from '#credit';
import type { StatisticsReport } from '../../shared/statistics-report.js';

/** One department's typical cases in a quarter against the plan's two. */
export interface TypicalCasesRow {
  readonly department: string;
  readonly name: string;
  readonly reward: number;
  readonly punishment: number;
  /** The cases that count: submitted in the quarter and not withdrawn. */
  readonly counted: number;
  readonly withdrawn: number;
  readonly required: number;
  readonly met: boolean;
  readonly shortfall: number;
}

/** Each department's typical cases in a quarter (one department's alone when named). */
export class TypicalCasesStatisticsQuery extends Query<StatisticsReport<TypicalCasesRow>> {
  constructor(
    readonly year: number,
    readonly quarter: Quarter,
    readonly department: string | undefined,
    readonly after: string | undefined,
  ) {
    super();
  }
}
