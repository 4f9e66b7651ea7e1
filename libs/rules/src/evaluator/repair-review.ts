import { timeLimit, type LocalDate, type TimeLimit, type WorkingDayCalendar } from '#kernel';

/**
 * The deciding department's time limit for a credit repair application: 3 working days to accept it and 7 more to
 * decide (国办发〔2025〕22号 四、明确信用修复办理期限; the figures are read in secondary reports of the plan and the
 * order, article numbers of 令第36号 not read: docs/law/measures/repair.md). `inferred`: acceptance is not recorded
 * as its own step, so the two run as one limit from the application date; the extension for complex cases (因案情复杂
 * …可以延长) is not encoded, so a case decided within an extension shows as missed. 22号 counts acceptance from the day
 * "信用中国" pushes the application to the department, which is not recorded: counting from `appliedOn` can only show a
 * case overdue earlier, never later (a statistics flag; it changes nothing for the subject).
 */
export const REPAIR_REVIEW = {
  workingDays: 10,
  basis: {
    documentNumber: '国办发〔2025〕22号',
    clause:
      '四、明确信用修复办理期限：行业主管部门自收到信用修复申请之日起3个工作日内作出是否受理的决定，自受理之日起7个工作日内作出是否予以信用修复的决定',
    sources: ['http://www.cloudninemall.com/law/law_view.asp?id=778745', 'http://www.ss-spring.cn/?mod=viewthread&tid=wap162302'],
  },
} as const;

/** Where the review of an application made on `appliedOn` stands on `today` (met, missed, open, overdue). */
export function repairReview(
  calendar: WorkingDayCalendar,
  appliedOn: LocalDate,
  today: LocalDate,
  decidedOn?: LocalDate,
  workingDays: number = REPAIR_REVIEW.workingDays,
): TimeLimit {
  return timeLimit(calendar, appliedOn, workingDays, today, decidedOn);
}
