import { OfficialWorkingDayCalendar, type LocalDate } from '#kernel';
import { dateOf, dayNumber, weekday } from './dates.js';

/**
 * The official working-day calendar (holidays and make-up days) as the catalogue's publication deadlines
 * count it, with answers cached: decisions fall on working days and are published within their deadline.
 * Years the calendar has no data for count Monday to Friday (only registration dates reach back that far).
 */
export class WorkingDays {
  private readonly calendar = new OfficialWorkingDayCalendar();
  private readonly covered = this.calendar.coveredYears();
  private readonly working = new Map<number, boolean>();
  private readonly due = new Map<string, number>();

  isWorkingDay(day: number): boolean {
    let answer = this.working.get(day);
    if (answer === undefined) {
      const date = dateOf(day);
      const year = Number(date.slice(0, 4));
      answer =
        year >= this.covered.from && year <= this.covered.to
          ? this.calendar.isWorkingDay(date as LocalDate)
          : weekday(day) >= 1 && weekday(day) <= 5;
      this.working.set(day, answer);
    }
    return answer;
  }

  /** The working day on or after `day`, or the one before it when none is left up to `last`; `day` itself if neither. */
  nearest(day: number, first: number, last: number): number {
    for (let d = day; d <= last; d++) if (this.isWorkingDay(d)) return d;
    for (let d = day - 1; d >= first; d--) if (this.isWorkingDay(d)) return d;
    return day;
  }

  /** The `count`-th working day after `day` (the last day a fact decided on `day` may be published). */
  deadline(day: number, count: number): number {
    const key = `${day}:${count}`;
    let result = this.due.get(key);
    if (result === undefined) {
      result = dayNumber(this.calendar.addWorkingDays(dateOf(day) as LocalDate, count));
      this.due.set(key, result);
    }
    return result;
  }
}
