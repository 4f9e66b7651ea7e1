import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DepartmentDirectory } from '#credit';
import type { EventStore } from '#event-store';
import { OfficialWorkingDayCalendar, todayInShanghai, type Clock, type LocalDate } from '#kernel';
import { CreditRepairsReader, type CreditRepairRow } from '#read-model';
import { REPAIR_REVIEW, repairReview } from '#rules';
import type { JiangchengConfig } from '#runtime';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { CLOCK, CONFIG, DEPARTMENTS, EVENT_STORE } from '../../shared/storage.tokens.js';
import { forDecidingDepartment } from './deciding-department.js';
import { ListRepairsQuery, type RepairQueue, type RepairView } from './list-repairs.query.js';

/** Filtering after the read model (overdue, the deciding department) reads at most this many applications. */
const FILTERED_QUEUE_BOUND = 10_000;

@QueryHandler(ListRepairsQuery)
export class ListRepairsHandler implements IQueryHandler<ListRepairsQuery> {
  private readonly calendar = new OfficialWorkingDayCalendar();

  constructor(
    private readonly repairs: CreditRepairsReader,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEPARTMENTS) private readonly departments: DepartmentDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: JiangchengConfig,
  ) {}

  async execute({ selection }: ListRepairsQuery): Promise<RepairQueue> {
    await this.readYourWrites.waitFor(selection.after, ['credit-repairs']);
    const asOf = todayInShanghai(this.clock.now());
    const workingDays = this.config.repairReviewWorkingDays ?? REPAIR_REVIEW.workingDays;
    const { decidingDepartment: department } = selection;
    const filtered = selection.overdue !== undefined || department !== undefined;
    const offices = new Set(this.departments.departments.filter((d) => d.roles.includes('credit-office')).map((d) => d.id));
    let rows = await this.repairs.queue(
      { status: selection.status, ...(department !== undefined ? { involving: [department, ...offices] } : {}) },
      filtered ? FILTERED_QUEUE_BOUND : selection.limit,
    );
    if (department !== undefined) rows = await forDecidingDepartment(this.store, rows, department, offices);
    const repairs = rows
      .map((row) => this.view(row, asOf, workingDays))
      .filter((view) => selection.overdue === undefined || view.overdue === selection.overdue)
      .slice(0, selection.limit);
    return {
      asOf,
      reviewWorkingDays: workingDays,
      basis: { documentNumber: REPAIR_REVIEW.basis.documentNumber, clause: REPAIR_REVIEW.basis.clause },
      repairs,
    };
  }

  private view(row: CreditRepairRow, asOf: LocalDate, workingDays: number): RepairView {
    const review = repairReview(this.calendar, row.appliedOn as LocalDate, asOf, row.decidedOn as LocalDate | undefined, workingDays);
    return { ...row, status: row.outcome ? 'decided' : 'pending', review, overdue: review.status === 'overdue' };
  }
}
