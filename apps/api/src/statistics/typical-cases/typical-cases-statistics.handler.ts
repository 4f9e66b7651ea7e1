import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { quarterDays, TYPICAL_CASES_PER_QUARTER, type Department, type DepartmentDirectory } from '#credit';
import { TypicalCasesReader } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import type { StatisticsReport } from '../../shared/statistics-report.js';
import { DEPARTMENTS } from '../../shared/storage.tokens.js';
import { TypicalCasesStatisticsQuery, type TypicalCasesRow } from './typical-cases-statistics.query.js';

/**
 * Every department that sends cases is counted, those that sent none with 0: the quarter's shortfall is the point.
 * inferred: a department whose only role is the credit office receives the cases rather than sends them, and is left out.
 */
const sendsCases = (department: Department) => department.roles.some((role) => role !== 'credit-office');

@QueryHandler(TypicalCasesStatisticsQuery)
export class TypicalCasesStatisticsHandler implements IQueryHandler<TypicalCasesStatisticsQuery> {
  constructor(
    private readonly readYourWrites: ReadYourWrites,
    private readonly cases: TypicalCasesReader,
    @Inject(DEPARTMENTS) private readonly departments: DepartmentDirectory,
  ) {}

  async execute({ year, quarter, department, after }: TypicalCasesStatisticsQuery): Promise<StatisticsReport<TypicalCasesRow>> {
    await this.readYourWrites.waitFor(after, ['typical-cases']);
    const { from, to } = quarterDays(year, quarter);
    const counts = new Map((await this.cases.countsByDepartment({ from, to, department })).map((c) => [c.department, c]));
    const ids = new Set([
      ...this.departments.departments.filter((d) => sendsCases(d) && (department === undefined || d.id === department)).map((d) => d.id),
      ...counts.keys(),
    ]);
    const required = TYPICAL_CASES_PER_QUARTER.count;
    const rows = [...ids].sort().map((id): TypicalCasesRow => {
      const count = counts.get(id) ?? { reward: 0, punishment: 0, withdrawn: 0 };
      const counted = count.reward + count.punishment;
      return {
        department: id,
        name: this.departments.get(id)?.name ?? id,
        reward: count.reward,
        punishment: count.punishment,
        counted,
        withdrawn: count.withdrawn,
        required,
        met: counted >= required,
        shortfall: Math.max(0, required - counted),
      };
    });
    return { report: 'typical-cases', from, to, rows };
  }
}
