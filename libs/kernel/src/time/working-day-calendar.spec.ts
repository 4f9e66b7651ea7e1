import chineseDays from 'chinese-days';
import { addDays, type LocalDate } from './local-date.js';
import { CalendarDataMissingError, OfficialWorkingDayCalendar } from './working-day-calendar.js';

const d = (text: string) => text as LocalDate;

/** Runs `fn` and returns what it threw (failing the test if it did not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('the official working-day calendar (chinese-days data)', () => {
  const calendar = new OfficialWorkingDayCalendar();

  // The years below are those of chinese-days 1.5.7 (2004–2026); a release with 2027 moves them.
  it('covers the years the package has holiday data for', () => {
    expect(calendar.coveredYears()).toEqual({ from: 2004, to: 2026 });
  });

  it('counts a plain weekend as days off and a make-up Saturday or Sunday (调休上班) as a working day', () => {
    expect(calendar.isWorkingDay(d('2024-09-27'))).toBe(true); // Friday
    expect(calendar.isWorkingDay(d('2024-09-28'))).toBe(false); // plain Saturday
    expect(calendar.isWorkingDay(d('2024-10-19'))).toBe(false); // plain Saturday
    expect(calendar.isWorkingDay(d('2024-10-20'))).toBe(false); // plain Sunday
    expect(calendar.isWorkingDay(d('2024-09-29'))).toBe(true); // Sunday, make-up day for National Day
    expect(calendar.isWorkingDay(d('2024-10-12'))).toBe(true); // Saturday, make-up day for National Day
    expect(calendar.isWorkingDay(d('2025-02-08'))).toBe(true); // Saturday, make-up day for Spring Festival
  });

  it('counts National Day and Spring Festival weekdays as days off', () => {
    for (let date = d('2024-10-01'); date <= '2024-10-07'; date = addDays(date, 1)) {
      expect(calendar.isWorkingDay(date)).toBe(false);
    }
    for (let date = d('2025-01-28'); date <= '2025-02-04'; date = addDays(date, 1)) {
      expect(calendar.isWorkingDay(date)).toBe(false);
    }
    expect(calendar.isWorkingDay(d('2025-01-26'))).toBe(true); // Sunday, make-up day
    expect(calendar.isWorkingDay(d('2025-02-05'))).toBe(true); // first day back
  });

  it('puts a 7-working-day deadline from Friday 2024-09-27 on Saturday 2024-10-12', () => {
    // 9-28 Sat off; 9-29 Sun make-up (1); 9-30 (2); 10-1…10-7 National Day; 10-8…10-11 (3–6); 10-12 Sat make-up (7)
    expect(calendar.addWorkingDays(d('2024-09-27'), 7)).toBe('2024-10-12');
    expect(calendar.addWorkingDays(d('2024-09-27'), 1)).toBe('2024-09-29');
    expect(calendar.addWorkingDays(d('2024-09-27'), 3)).toBe('2024-10-08');
  });

  it('counts across Spring Festival 2025 (off 1-28…2-04; make-up days 1-26 Sun and 2-08 Sat)', () => {
    // 1-25 Sat off; 1-26 Sun (1); 1-27 (2); 1-28…2-04 off; 2-05…2-07 (3–5); 2-08 Sat (6); 2-09 Sun off; 2-10 (7)
    expect(calendar.addWorkingDays(d('2025-01-24'), 2)).toBe('2025-01-27');
    expect(calendar.addWorkingDays(d('2025-01-24'), 3)).toBe('2025-02-05');
    expect(calendar.addWorkingDays(d('2025-01-24'), 6)).toBe('2025-02-08');
    expect(calendar.addWorkingDays(d('2025-01-24'), 7)).toBe('2025-02-10');
    // a decision taken on a holiday: the first working day after it is day 1
    expect(calendar.addWorkingDays(d('2025-01-29'), 1)).toBe('2025-02-05');
  });

  it('gives the same date for 0 working days, even on a holiday', () => {
    expect(calendar.addWorkingDays(d('2024-10-03'), 0)).toBe('2024-10-03');
    expect(calendar.addWorkingDays(d('2024-09-27'), 0)).toBe('2024-09-27');
  });

  it('puts the 20-working-day deadline for 双随机 inspection results past National Day 2025', () => {
    // from Fri 2025-09-19: 9-22…9-26 (1–5); 9-28 Sun make-up (6); 9-29, 9-30 (7, 8); 10-1…10-8 off;
    // 10-9, 10-10 (9, 10); 10-11 Sat make-up (11); 10-13…10-17 (12–16); 10-20…10-23 (17–20)
    expect(calendar.addWorkingDays(d('2025-09-19'), 20)).toBe('2025-10-23');
    // 28 calendar days would have been 2025-10-17; the holiday week pushes it by six days
    expect(calendar.workingDaysBetween(d('2025-09-19'), d('2025-10-23'))).toBe(20);
  });

  it('counts working days in (from, to]', () => {
    expect(calendar.workingDaysBetween(d('2024-09-27'), d('2024-10-12'))).toBe(7);
    expect(calendar.workingDaysBetween(d('2024-09-27'), d('2024-10-11'))).toBe(6);
    expect(calendar.workingDaysBetween(d('2025-01-27'), d('2025-02-04'))).toBe(0); // all of it Spring Festival
    expect(calendar.workingDaysBetween(d('2024-10-12'), d('2024-10-12'))).toBe(0);
    expect(calendar.workingDaysBetween(d('2024-10-12'), d('2024-09-27'))).toBe(-7);
    // whole years, as reported when the notices came out: 251 working days in 2024, 248 in 2025
    expect(calendar.workingDaysBetween(d('2023-12-31'), d('2024-12-31'))).toBe(251);
    expect(calendar.workingDaysBetween(d('2024-12-31'), d('2025-12-31'))).toBe(248);
  });

  it('makes workingDaysBetween and addWorkingDays agree', () => {
    for (let start = d('2024-01-01'); start <= '2024-12-31'; start = addDays(start, 5)) {
      for (const n of [0, 1, 2, 5, 7, 10, 20]) {
        expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))).toBe(n);
      }
    }
  });

  it('refuses a negative or fractional number of working days, and malformed dates', () => {
    expect(() => calendar.addWorkingDays(d('2024-09-27'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(d('2024-09-27'), 1.5)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay(d('2024-9-27'))).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween(d('2024-02-30'), d('2024-03-05'))).toThrow(RangeError);
  });

  describe('outside the covered years', () => {
    it('throws CalendarDataMissingError for a 2027 date instead of guessing Monday to Friday', () => {
      const error = thrown(() => calendar.isWorkingDay(d('2027-01-04')));
      expect(error).toBeInstanceOf(CalendarDataMissingError);
      expect(error).toMatchObject({ year: 2027, covered: { from: 2004, to: 2026 } });
      expect((error as Error).message).toContain(
        '没有 2027 年的节假日安排数据 (no official holiday calendar for 2027): cannot count working days',
      );
      expect((error as Error).message).toContain('chinese-days 1.5.7 covers 2004–2026');
      expect(() => calendar.addWorkingDays(d('2027-03-01'), 1)).toThrow(CalendarDataMissingError);
      expect(() => calendar.workingDaysBetween(d('2026-12-01'), d('2027-01-05'))).toThrow(CalendarDataMissingError);
    });

    it('throws for a deadline that would run past the end of the data', () => {
      // 12-29, 12-30, 12-31 are working days 1–3; day 4 would need 2027's arrangement
      const error = thrown(() => calendar.addWorkingDays(d('2026-12-28'), 7));
      expect(error).toBeInstanceOf(CalendarDataMissingError);
      expect(error).toMatchObject({ year: 2027 });
    });

    it('throws for 2003, before the data starts', () => {
      expect(thrown(() => calendar.isWorkingDay(d('2003-10-01')))).toMatchObject({ year: 2003 });
      expect(() => calendar.addWorkingDays(d('2003-12-30'), 1)).toThrow(CalendarDataMissingError);
      expect(() => calendar.workingDaysBetween(d('2003-12-15'), d('2004-01-10'))).toThrow(CalendarDataMissingError);
    });

    it('needs data only for the days it counts, not for the start date', () => {
      // 2004-01-01 is New Year's Day; Friday 2004-01-02 is the first working day
      expect(calendar.addWorkingDays(d('2003-12-31'), 1)).toBe('2004-01-02');
      expect(calendar.workingDaysBetween(d('2003-12-31'), d('2004-01-05'))).toBe(2);
      expect(calendar.addWorkingDays(d('2027-06-01'), 0)).toBe('2027-06-01');
    });
  });

  // chinese-days' own functions read weekdays in local time and are only right east of (or at) UTC.
  const packageFunctionsWorkHere = new Date(Date.UTC(2024, 0, 1)).getDate() === 1;
  (packageFunctionsWorkHere ? it : it.skip)('agrees with chinese-days isWorkday on every covered day', () => {
    const mismatches: string[] = [];
    for (let date = d('2004-01-01'); date <= '2026-12-31'; date = addDays(date, 1)) {
      if (calendar.isWorkingDay(date) !== chineseDays.isWorkday(date)) mismatches.push(date);
    }
    expect(mismatches).toEqual([]);
    expect(chineseDays.findWorkday(7, '2024-09-27')).toBe('2024-10-12');
  });
});

describe('the working-day calendar on a given holiday arrangement', () => {
  it('takes its covered years from the data', () => {
    const calendar = new OfficialWorkingDayCalendar({
      holidays: { '2030-01-01': '元旦', '2031-01-01': '元旦' },
      workdays: { '2030-12-28': '调休' },
    });
    expect(calendar.coveredYears()).toEqual({ from: 2030, to: 2031 });
    expect(calendar.isWorkingDay(d('2030-12-28'))).toBe(true); // Saturday made a working day
    expect(calendar.isWorkingDay(d('2031-01-01'))).toBe(false);
    expect(thrown(() => calendar.isWorkingDay(d('2032-01-05')))).toMatchObject({
      year: 2032,
      message: expect.stringContaining('the given holiday arrangement covers 2030–2031'),
    });
  });

  it('refuses data with a year missing in the middle, or in another shape', () => {
    expect(() => new OfficialWorkingDayCalendar({ holidays: { '2020-01-01': '元旦', '2022-01-01': '元旦' }, workdays: {} })).toThrow(
      /no public holidays for 2021/,
    );
    expect(() => new OfficialWorkingDayCalendar({ holidays: {}, workdays: {} })).toThrow(/no public holidays/);
    expect(() => new OfficialWorkingDayCalendar({ holidays: { '2020/01/01': '元旦' }, workdays: {} })).toThrow(/not a YYYY-MM-DD date/);
    expect(() => new OfficialWorkingDayCalendar({ holidays: { '2020-01-01': '元旦' } } as never)).toThrow(/"workdays"/);
  });
});
