import { parseLocalDate as d } from './local-date.js';
import { timeLimit } from './time-limit.js';
import { OfficialWorkingDayCalendar } from './working-day-calendar.js';

const calendar = new OfficialWorkingDayCalendar();

describe('timeLimit', () => {
  it('counts working days on the official calendar (National Day 2025: filed 2025-09-30, 2 working days → 2025-10-10)', () => {
    expect(timeLimit(calendar, d('2025-09-30'), 2, d('2025-10-01'))).toEqual({
      startedOn: '2025-09-30',
      workingDays: 2,
      dueOn: '2025-10-10',
      status: 'open',
    });
  });

  it('is overdue the day after the due date, met on it, missed after it', () => {
    expect(timeLimit(calendar, d('2025-09-30'), 2, d('2025-10-11')).status).toBe('overdue');
    expect(timeLimit(calendar, d('2025-09-30'), 2, d('2025-12-01'), d('2025-10-10')).status).toBe('met');
    expect(timeLimit(calendar, d('2025-09-30'), 2, d('2025-12-01'), d('2025-10-13')).status).toBe('missed');
  });

  it('says calendar-unknown rather than guess a year without an official arrangement', () => {
    const { to } = calendar.coveredYears();
    expect(timeLimit(calendar, d(`${to}-12-30`), 10, d(`${to}-12-30`))).toEqual({
      startedOn: `${to}-12-30`,
      workingDays: 10,
      status: 'calendar-unknown',
    });
  });
});
