import { timeLimit, type LocalDate, type TimeLimit, type WorkingDayCalendar } from '#kernel';
import type { ObjectionWorkingDays } from './objection-events.js';
import type { Objection } from './objection-state.js';

/**
 * The working days of each step by default, and where they come from.
 *
 * - 受理 2 / 核查 2 / 信息提供单位核查 10 个工作日: 广州市 "信用广州" 异议信息办理须知 (https://credit1.gz.gov.cn/guide/yysqlc):
 *   "信用平台在收到申请人提交的异议申请后2个工作日内…确定是否受理"; "自接受申请之日起2个工作日内完成核查";
 *   "信息提供单位自收到协查函之日起10个工作日内完成核查并反馈处理意见". Local practice, read on the city's own site.
 * - The national rule for credit reporting, 《征信业管理条例》第二十五条 (reprint read: https://m.shoulawyer.com/zhishi/286830.htm):
 *   "作出存在异议的标注，自收到异议之日起20日内进行核查和处理" — 20 days in all, calendar days, for 征信机构; it grounds the
 *   flag and its removal ("确认不存在错误、遗漏的，应当取消异议标注"), not the per-step limits.
 * - `inferred`: 《陕西省社会信用条例》 (in force 2022-03-01) has a chapter 信用主体权益保护, but no copy read showed its objection
 *   article, so no Shaanxi figure is encoded; the Guangzhou figures stand until one is read. Hence configurable.
 * - `inferred`: each step's clock starts on the day the previous step was taken (the Guangzhou text counts from 收到申请,
 *   接受申请 and 收到协查函; the platform check is taken as the 协查函's sending).
 */
export const DEFAULT_OBJECTION_WORKING_DAYS: ObjectionWorkingDays = { acceptance: 2, check: 2, answer: 10 };

export interface ObjectionTimeLimits {
  /** From filing to acceptance (or not). */
  readonly acceptance: TimeLimit;
  /** From acceptance to the platform check; absent until accepted. */
  readonly check?: TimeLimit;
  /** From the platform check to the source department's answer; absent until checked. */
  readonly answer?: TimeLimit;
}

/** Each step's time limit seen on `today`; a count the calendar cannot make is `calendar-unknown`, never guessed. */
export function objectionTimeLimits(objection: Objection, calendar: WorkingDayCalendar, today: LocalDate): ObjectionTimeLimits {
  const days = objection.workingDays;
  const limit = (from: string, workingDays: number, doneOn?: string) =>
    timeLimit(calendar, from as LocalDate, workingDays, today, doneOn as LocalDate | undefined);
  const accepted = objection.acceptedOn ?? objection.notAccepted?.on;
  return {
    acceptance: limit(objection.filedOn, days.acceptance, accepted),
    ...(objection.acceptedOn ? { check: limit(objection.acceptedOn, days.check, objection.checkedOn) } : {}),
    ...(objection.checkedOn ? { answer: limit(objection.checkedOn, days.answer, objection.answer?.on) } : {}),
  };
}

/** True when a step not taken is past its time limit. */
export const isOverdue = (limits: ObjectionTimeLimits): boolean =>
  [limits.acceptance, limits.check, limits.answer].some((limit) => limit?.status === 'overdue');
