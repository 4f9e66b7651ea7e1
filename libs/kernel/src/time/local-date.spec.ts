import { addDays, addMonths, dayOfWeek, isValidLocalDate, todayInShanghai } from './local-date.js';

describe('local dates', () => {
  it('accept only real calendar dates', () => {
    expect(isValidLocalDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-9-27', '20240927', '2024-09-27T00:00']) {
      expect(isValidLocalDate(bad)).toBe(false);
    }
  });

  it('add days across months and years, and know the weekday', () => {
    expect(addDays('2024-12-30' as never, 3)).toBe('2025-01-02');
    expect(addDays('2024-03-01' as never, -1)).toBe('2024-02-29');
    expect(dayOfWeek('2024-09-29' as never)).toBe(0);
    expect(addMonths('2024-02-29' as never, 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-30' as never, 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-15' as never, 36)).toBe('2029-01-15');
  });

  it('take today in Asia/Shanghai, which is already tomorrow at 17:00 UTC', () => {
    expect(todayInShanghai(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26');
    expect(todayInShanghai(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
  });
});
