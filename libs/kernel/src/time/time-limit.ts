import { compareLocalDates, type LocalDate } from './local-date.js';
import { CalendarDataMissingError, type WorkingDayCalendar } from './working-day-calendar.js';

/**
 * Where a step that must be taken within N working days stands: `open` (not done, not yet due), `overdue`
 * (not done, due date passed), `met` or `missed` (done on or before / after the due date), or
 * `calendar-unknown` when the official holiday arrangement of a year the count crosses is not published yet.
 */
export type TimeLimitStatus = 'open' | 'overdue' | 'met' | 'missed' | 'calendar-unknown';

export interface TimeLimit {
  readonly startedOn: LocalDate;
  readonly workingDays: number;
  /** The last working day the step may be taken on; absent when the calendar does not cover it. */
  readonly dueOn?: LocalDate;
  readonly doneOn?: LocalDate;
  readonly status: TimeLimitStatus;
}

/** The time limit of a step started on `startedOn` with `workingDays` to take it, seen on `today`. */
export function timeLimit(
  calendar: WorkingDayCalendar,
  startedOn: LocalDate,
  workingDays: number,
  today: LocalDate,
  doneOn?: LocalDate,
): TimeLimit {
  const base = { startedOn, workingDays, ...(doneOn ? { doneOn } : {}) };
  let dueOn: LocalDate;
  try {
    dueOn = calendar.addWorkingDays(startedOn, workingDays);
  } catch (error) {
    if (error instanceof CalendarDataMissingError) return { ...base, status: 'calendar-unknown' };
    throw error;
  }
  const late = (on: LocalDate) => compareLocalDates(on, dueOn) > 0;
  const status: TimeLimitStatus = doneOn ? (late(doneOn) ? 'missed' : 'met') : late(today) ? 'overdue' : 'open';
  return { ...base, dueOn, status };
}
