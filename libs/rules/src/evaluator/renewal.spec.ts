import type { LocalDate } from '#kernel';
import { entries, fact, loadRules } from '../testing/rule-spec.js';
import { SYNTHETIC_BASIS as basis, syntheticPart } from '../testing/synthetic-rules.js';
import { entryStatus } from './list-entries.js';

/** rule-format.md §5: a fixed term that renews (人社部规〔2017〕16号: 未改正…期满不予移出并自动续期2年). */
const part = (term: Record<string, unknown>) =>
  syntheticPart({
    id: 'renewing',
    criteria: [{ id: 'REN.LIST', fact: 'WageArrearsFound', since: 'foundOn', basis }],
    terms: [{ kind: 'fixed', years: 1, basis, ...term }],
    exits: [{ fact: 'WageArrearsCorrected', by: ['decisionNumber'], matches: ['decisionNumber'], on: 'correctedOn', basis }],
  });
const rules = loadRules(part({ renewal: { years: 2, unlessExit: true } }));
const listing = fact('WageArrearsFound', { decisionNumber: '列-1', foundOn: '2018-03-01', workers: 3, months: 2, amount: '50000.00' });
const corrected = (correctedOn: string) => fact('WageArrearsCorrected', { decisionNumber: '列-1', correctedOn });

describe('renewal of a fixed term unless an exit (§5)', () => {
  // Listed 2018-03-01 for 1 year: periods end 2019-03-01, 2021-03-01, 2023-03-01 …
  it.each`
    correctedOn     | endsOn          | why
    ${'2019-02-28'} | ${'2019-03-01'} | ${'corrected the day before the term ends: ends with the term'}
    ${'2019-03-01'} | ${'2021-03-01'} | ${'corrected on the term end: the entry had renewed that day'}
    ${'2021-02-28'} | ${'2021-03-01'} | ${'corrected the day before the first renewal ends'}
    ${'2021-03-01'} | ${'2023-03-01'} | ${'corrected on the first renewal’s end: renewed again'}
  `('given a correction on $correctedOn, the entry ends on $endsOn ($why)', ({ correctedOn, endsOn }) => {
    const [entry] = entries(rules, [listing, corrected(correctedOn)]);
    expect(entry.ended).toMatchObject({ on: endsOn, reason: 'exit' });
    expect(entryStatus(entry, '2019-02-28' as LocalDate)).toBe('active');
  });

  it('without an exit the entry renews again and again: in force years later, with no end date', () => {
    const [entry] = entries(rules, [listing]);
    expect(entry.until).toBeUndefined();
    expect(entry.renewal).toEqual({ years: 2, firstUntil: '2019-03-01' });
    expect(entryStatus(entry, '2030-01-01' as LocalDate)).toBe('active');
  });

  it('without renewal the same term ends after 1 year, and an exit ends it on the exit', () => {
    const plain = loadRules(part({}));
    expect(entries(plain, [listing])[0].until).toBe('2019-03-01');
    expect(entries(plain, [listing, corrected('2018-06-01')])[0].ended?.on).toBe('2018-06-01');
  });

  it('validation refuses a renewal on a term that is not fixed, and one without unlessExit, naming the path', () => {
    expect(() => loadRules(part({ kind: 'until-exit', renewal: { years: 2, unlessExit: true } }))).toThrow(
      /terms\[0\]\.renewal.*only a fixed term renews/s,
    );
    expect(() => loadRules(part({ renewal: { years: 2, unlessExit: false } }))).toThrow(/terms\[0\]\.renewal\.unlessExit.*must be true/s);
  });
});
