/**
 * A civil date without time or zone, as written in documents: `YYYY-MM-DD`. Decision dates, birth
 * dates and deadlines are civil dates in China (Asia/Shanghai); keeping them as strings avoids the
 * classic off-by-one of `new Date('2024-09-27')` being UTC midnight.
 */
export type LocalDate = string & { readonly __localDate: unique symbol };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidLocalDate(text: string): text is LocalDate {
  const match = PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function parseLocalDate(text: string): LocalDate {
  if (!isValidLocalDate(text)) throw new RangeError(`"${text}" is not a real date in the form YYYY-MM-DD`);
  return text;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `days` later (or earlier, if negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number);
  return fromUtc(new Date(Date.UTC(year, month - 1, day + days)));
}

/** The same day `months` later; a day the target month lacks becomes its last day (02-29 + 12 months → 02-28). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, daysInMonth(y, m))).padStart(2, '0')}` as LocalDate;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving). */
export function todayInShanghai(now: Date = new Date()): LocalDate {
  return fromUtc(new Date(now.getTime() + 8 * 3600_000));
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fromUtc(date: Date): LocalDate {
  return date.toISOString().slice(0, 10) as LocalDate;
}
