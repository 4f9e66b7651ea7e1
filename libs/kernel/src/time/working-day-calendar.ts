import { createRequire } from 'node:module';
import { addDays, compareLocalDates, dayOfWeek, isValidLocalDate, yearOf, type LocalDate } from './local-date.js';

/**
 * Working days (工作日) as the Chinese official calendar has them: Monday to Friday, except the public
 * holidays the State Council announces each year, plus the weekend days it turns into make-up working
 * days (调休上班). Deadlines in decisions ("within 20 working days") are counted on this calendar.
 */
export interface WorkingDayCalendar {
  isWorkingDay(date: LocalDate): boolean;
  /**
   * The `days`-th working day strictly after `date` (a deadline "within N working days of the
   * decision"); `days` = 0 gives `date` itself. `days` must be a whole number ≥ 0.
   */
  addWorkingDays(date: LocalDate, days: number): LocalDate;
  /** The number of working days in (from, to]; negative (−count in (to, from]) when `to` is before `from`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
  /** The first and last year the calendar knows the official arrangement of (inclusive). */
  coveredYears(): { from: number; to: number };
}

/**
 * A working day was asked of a year whose official holiday arrangement the calendar does not have —
 * not yet announced (the State Council publishes next year's in November or December) or too old.
 * Guessing "Monday to Friday" would put deadlines on Spring Festival, so we refuse instead.
 */
export class CalendarDataMissingError extends Error {
  constructor(
    readonly year: number,
    readonly covered?: { from: number; to: number },
    source?: string,
  ) {
    super(
      `没有 ${year} 年的节假日安排数据 (no official holiday calendar for ${year}): cannot count working days` +
        (covered ? `; ${source ?? 'the calendar'} covers ${covered.from}–${covered.to}` : ''),
    );
  }
}

/**
 * The official arrangement, as date → description maps: `holidays` are the days off (public holidays and
 * the weekdays swapped into them, 调休放假), `workdays` the weekend days that are working days (调休上班).
 * This is the shape of `chinese-days/dist/chinese-days.json`.
 */
export interface OfficialHolidayArrangement {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

/**
 * The working-day calendar backed by the `chinese-days` package's data (State Council notices, 2004 on).
 *
 * We read the package's published data file (`dist/chinese-days.json`, documented in its README) rather
 * than calling its `isWorkday` / `findWorkday`, for two reasons:
 * - those functions silently treat any year without data as plain Monday–Friday;
 * - they are wrong in time zones west of UTC: the package parses 'YYYY-MM-DD' as UTC midnight but reads
 *   weekdays and formats keys in local time (in America/New_York, chinese-days 1.5.7 says Saturday
 *   2024-10-19 is a workday and `findWorkday(7, '2024-09-27')` is '2024-10-11').
 * The rule applied is the package's own (`workdays[d] || (Mon–Fri && !holidays[d])`); the spec checks
 * that both agree on every day of the covered years.
 *
 * Covered years are the years that have at least one public holiday in the data (every announced year
 * has New Year's Day); they must be contiguous. Dates outside them throw {@link CalendarDataMissingError}.
 * Caveat: next year's notice has at times moved days at the end of December of the current year
 * (e.g. 2018-12-29 working, 12-31 off for New Year 2019), so late-December dates of the last covered
 * year can still change when the next notice is published.
 */
export class OfficialWorkingDayCalendar implements WorkingDayCalendar {
  private readonly holidays: ReadonlySet<string>;
  private readonly makeUpWorkdays: ReadonlySet<string>;
  private readonly covered: { readonly from: number; readonly to: number };
  private readonly source: string;
  private readonly sums = new Map<string, LocalDate>();

  /** By default the data of the installed `chinese-days` package; pass an arrangement to use another. */
  constructor(arrangement?: OfficialHolidayArrangement) {
    const data = arrangement ?? packageArrangement();
    this.source = arrangement ? 'the given holiday arrangement' : `chinese-days ${packageVersion()}`;
    this.holidays = dateSet(data, 'holidays');
    this.makeUpWorkdays = dateSet(data, 'workdays');
    this.covered = coveredYearsOf(this.holidays, this.source);
  }

  coveredYears(): { from: number; to: number } {
    return { from: this.covered.from, to: this.covered.to };
  }

  isWorkingDay(date: LocalDate): boolean {
    assertDate(date);
    const year = yearOf(date);
    if (year < this.covered.from || year > this.covered.to) {
      throw new CalendarDataMissingError(year, this.coveredYears(), this.source);
    }
    if (this.makeUpWorkdays.has(date)) return true;
    const weekday = dayOfWeek(date);
    return weekday >= 1 && weekday <= 5 && !this.holidays.has(date);
  }

  addWorkingDays(date: LocalDate, days: number): LocalDate {
    assertDate(date);
    if (!Number.isInteger(days) || days < 0) {
      throw new RangeError(`working days to add must be a whole number ≥ 0, got ${days}`);
    }
    const key = `${date}+${days}`;
    let due = this.sums.get(key);
    if (due === undefined) {
      due = date;
      for (let remaining = days; remaining > 0;) {
        due = addDays(due, 1);
        if (this.isWorkingDay(due)) remaining--;
      }
      // Deadlines are counted from a few thousand distinct decision dates: remembering them spares the walk.
      if (this.sums.size >= 100_000) this.sums.clear();
      this.sums.set(key, due);
    }
    return due;
  }

  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    assertDate(from);
    assertDate(to);
    const order = compareLocalDates(from, to);
    if (order > 0) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let current = from; compareLocalDates(current, to) < 0;) {
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) count++;
    }
    return count;
  }
}

const requireFromHere = createRequire(import.meta.url);
let cachedArrangement: OfficialHolidayArrangement | undefined;

function packageArrangement(): OfficialHolidayArrangement {
  cachedArrangement ??= requireFromHere('chinese-days/dist/chinese-days.json') as OfficialHolidayArrangement;
  return cachedArrangement;
}

function packageVersion(): string {
  const manifest = requireFromHere('chinese-days/package.json') as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '(unknown version)';
}

function dateSet(data: OfficialHolidayArrangement, field: 'holidays' | 'workdays'): ReadonlySet<string> {
  const map: unknown = (data as unknown as Record<string, unknown> | null)?.[field];
  if (typeof map !== 'object' || map === null) {
    throw new Error(`holiday arrangement: "${field}" is missing or not a date → description map`);
  }
  const dates = Object.keys(map);
  const bad = dates.find((date) => !isValidLocalDate(date));
  if (bad !== undefined) throw new Error(`holiday arrangement: "${field}" has "${bad}", not a YYYY-MM-DD date`);
  return new Set(dates);
}

function coveredYearsOf(holidays: ReadonlySet<string>, source: string): { from: number; to: number } {
  const years = new Set([...holidays].map((date) => yearOf(date as LocalDate)));
  if (years.size === 0) throw new Error(`${source} has no public holidays at all`);
  const from = Math.min(...years);
  const to = Math.max(...years);
  for (let year = from; year <= to; year++) {
    if (!years.has(year)) throw new Error(`${source} has no public holidays for ${year}, between ${from} and ${to}`);
  }
  return { from, to };
}

function assertDate(date: string): asserts date is LocalDate {
  if (!isValidLocalDate(date)) throw new RangeError(`"${date}" is not a real date in the form YYYY-MM-DD`);
}
