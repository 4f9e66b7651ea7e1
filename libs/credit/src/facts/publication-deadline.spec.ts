import { OfficialWorkingDayCalendar } from '#kernel';
import { FactCatalogue } from './fact-catalogue.js';
import { publicationFlags } from './publication-deadline.js';

const calendar = new OfficialWorkingDayCalendar();
const penalty = new FactCatalogue().get('PenaltyDecided')!;
const flagsFor = (decisionDate: string, publicationDate: string) =>
  publicationFlags(penalty, { ...penalty.example, decisionDate, publicationDate }, calendar);

describe('publication within 7 working days (双公示, 发改电〔2015〕557号)', () => {
  it('counts across the National Day holiday and its make-up Saturday: 2024-09-27 is due by 2024-10-12', () => {
    expect(flagsFor('2024-09-27', '2024-10-12')).toEqual([]);
    expect(flagsFor('2024-09-27', '2024-10-14')).toEqual([expect.stringMatching(/^published-late: due by 2024-10-12 /)]);
  });

  it('counts across the Spring Festival 2025 with make-up days on 01-26 and 02-08', () => {
    // 01-24 (Fri) → 01-26 (Sun, worked) 1, 01-27 2, holiday 01-28…02-04, 02-05 3, 02-06 4, 02-07 5, 02-08 (Sat, worked) 6, 02-10 7
    expect(flagsFor('2025-01-24', '2025-02-10')).toEqual([]);
    expect(flagsFor('2025-01-24', '2025-02-11')).toHaveLength(1);
  });

  it('says so when the official calendar for the year is not known yet, instead of assuming weekdays', () => {
    expect(flagsFor('2026-12-28', '2027-01-08')).toEqual([expect.stringMatching(/^publication-deadline-unknown: .*2027/)]);
  });
});
