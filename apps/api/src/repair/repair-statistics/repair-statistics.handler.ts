import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { OfficialWorkingDayCalendar, todayInShanghai, type Clock, type LocalDate } from '#kernel';
import { CreditRepairsReader, type CreditRepairRow } from '#read-model';
import { REPAIR_REVIEW, repairReview } from '#rules';
import type { JiangchengConfig } from '#runtime';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { CLOCK, CONFIG } from '../../shared/storage.tokens.js';
import { RepairStatisticsQuery, type RepairStatistics, type RepairStatisticsRow } from './repair-statistics.query.js';

@QueryHandler(RepairStatisticsQuery)
export class RepairStatisticsHandler implements IQueryHandler<RepairStatisticsQuery> {
  private readonly calendar = new OfficialWorkingDayCalendar();

  constructor(
    private readonly repairs: CreditRepairsReader,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: JiangchengConfig,
  ) {}

  async execute({ from, to, department, after }: RepairStatisticsQuery): Promise<RepairStatistics> {
    await this.readYourWrites.waitFor(after, ['credit-repairs']);
    const today = todayInShanghai(this.clock.now());
    const workingDays = this.config.repairReviewWorkingDays ?? REPAIR_REVIEW.workingDays;
    const rows = new Map<string, Counts>();
    for (const repair of await this.repairs.appliedBetween(from, to, department)) {
      const owner = repair.decidedBy ?? repair.appliedBy;
      if (department !== undefined && owner !== department) continue;
      const counts = rows.get(owner) ?? newCounts(owner);
      rows.set(owner, counts);
      this.count(counts, repair, today, workingDays);
    }
    return {
      report: 'repairs',
      from,
      to,
      reviewWorkingDays: workingDays,
      basis: { documentNumber: REPAIR_REVIEW.basis.documentNumber, clause: REPAIR_REVIEW.basis.clause },
      rows: [...rows.values()].sort((a, b) => a.department.localeCompare(b.department)),
    };
  }

  private count(counts: Counts, repair: CreditRepairRow, today: LocalDate, workingDays: number): void {
    counts.applications++;
    if (repair.outcome === 'approved') counts.approved++;
    else if (repair.outcome === 'refused') counts.refused++;
    else counts.pending++;
    const limit = repairReview(this.calendar, repair.appliedOn as LocalDate, today, repair.decidedOn as LocalDate | undefined, workingDays);
    if (limit.status === 'met') counts.decidedWithinTimeLimit++;
    else if (limit.status === 'missed') counts.decidedLate++;
    else if (limit.status === 'overdue') counts.overdue++;
    else if (limit.status === 'calendar-unknown') counts.calendarUnknown++;
  }
}

type Counts = { -readonly [K in keyof RepairStatisticsRow]: RepairStatisticsRow[K] };

const newCounts = (department: string): Counts => ({
  department,
  applications: 0,
  approved: 0,
  refused: 0,
  pending: 0,
  decidedWithinTimeLimit: 0,
  decidedLate: 0,
  overdue: 0,
  calendarUnknown: 0,
});
