/** Civil dates as day numbers (days since 1970-01-01, UTC) for fast arithmetic, and back to YYYY-MM-DD. */

const MS_PER_DAY = 86_400_000;

/** Facts are dated from here … */
export const FIRST_FACT_DATE = '2024-01-01';
/** … to here, never later. */
export const LAST_FACT_DATE = '2026-11-25';

export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

export function dateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const FIRST_FACT_DAY = dayNumber(FIRST_FACT_DATE);
export const LAST_FACT_DAY = dayNumber(LAST_FACT_DATE);

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The same day n years later; 02-29 becomes 02-28 in a common year. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
