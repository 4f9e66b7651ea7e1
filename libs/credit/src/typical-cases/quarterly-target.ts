import { addDays, addMonths, isValidLocalDate, type LocalDate } from '#kernel';

/**
 * How many typical cases each department sends the credit office per quarter: "at least two a quarter", as the
 * city's seed work plan (the 安康 social-credit work plan quoted in issue 14) sets it. inferred: the plan's own text was
 * not found in the searchable sources; the figure is the plan's as the issue quotes it, and a plan that changes it
 * changes this one value.
 */
export const TYPICAL_CASES_PER_QUARTER = { count: 2, basis: '安康市社会信用体系建设工作方案（每季度至少报送2个典型案例）' } as const;

export type Quarter = 1 | 2 | 3 | 4;

/** The first and last day of a calendar quarter. */
export function quarterDays(year: number, quarter: Quarter): { readonly from: LocalDate; readonly to: LocalDate } {
  const first = `${String(year).padStart(4, '0')}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  if (!isValidLocalDate(first)) throw new RangeError(`no quarter ${quarter} of ${year}`);
  return { from: first, to: addDays(addMonths(first, 3), -1) };
}

/** The quarter a day falls in. */
export function quarterOf(day: LocalDate): { readonly year: number; readonly quarter: Quarter } {
  return { year: Number(day.slice(0, 4)), quarter: (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as Quarter };
}
