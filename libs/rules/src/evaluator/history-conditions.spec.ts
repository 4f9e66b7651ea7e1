import { entries, fact, loadRules } from '../testing/rule-spec.js';
import { SYNTHETIC_BASIS as basis, syntheticPart } from '../testing/synthetic-rules.js';

/** rule-format.md §3: `absent` and `consecutive` read the subject's other facts recorded so far. */
const rulesWith = (...where: Record<string, unknown>[]) =>
  loadRules(
    syntheticPart({ id: 'history', criteria: [{ id: 'HIST.LIST', fact: 'TaxCreditRated', since: 'publishedOn', where, basis }] }, 'red'),
  );
const rating = (year: number, level: string, publishedOn = `${year + 1}-04-20`) => fact('TaxCreditRated', { year, level, publishedOn });
const penalty = (decisionDate: string, severity = 'serious') =>
  fact('PenaltyDecided', {
    decisionNumber: `罚-${decisionDate}-${severity}`,
    violationType: '测试',
    violationFacts: '测试',
    legalBasis: '测试',
    categories: [{ category: 'fine' }],
    content: '罚款',
    fineAmount: '1',
    confiscationAmount: '0',
    severity,
    decisionDate,
    publicationDate: decisionDate,
    authorityName: '测试局',
  });

describe('absent: no bad record within the years before the deciding date (§3)', () => {
  const rules = rulesWith(
    { field: 'level', equals: 'A' },
    { absent: { fact: 'PenaltyDecided', where: [{ field: 'severity', equals: 'serious' }], since: 'decisionDate', years: 3 } },
  );
  // The deciding date is the rating's publishedOn, 2026-04-20: the window is (2023-04-20, 2026-04-20].
  it.each`
    penaltyOn       | severity     | listed   | why
    ${'2023-04-20'} | ${'serious'} | ${true}  | ${'exactly 3 years before: outside the window'}
    ${'2023-04-21'} | ${'serious'} | ${false} | ${'1 day inside the window'}
    ${'2026-04-20'} | ${'serious'} | ${false} | ${'on the deciding date itself'}
    ${'2026-04-21'} | ${'serious'} | ${true}  | ${'after the deciding date'}
    ${'2024-06-01'} | ${'general'} | ${true}  | ${'a record that does not meet where'}
  `('given a $severity penalty on $penaltyOn recorded before the rating, listed: $listed ($why)', ({ penaltyOn, severity, listed }) => {
    expect(entries(rules, [penalty(penaltyOn, severity), rating(2025, 'A')]).length).toBe(listed ? 1 : 0);
  });

  it('reads only the facts recorded so far: a penalty recorded after the rating does not undo the listing', () => {
    expect(entries(rules, [rating(2025, 'A'), penalty('2025-01-01')]).length).toBe(1);
  });
});

describe('consecutive: the last N periods are consecutive and all meet where (§3)', () => {
  const rules = rulesWith({ consecutive: { fact: 'TaxCreditRated', period: 'year', where: [{ field: 'level', equals: 'A' }], count: 3 } });
  const listedOn = (...ratings: ReturnType<typeof rating>[]) => entries(rules, ratings).map((e) => e.since);

  it.each`
    years                       | levels                  | listed
    ${[2023, 2024, 2025]}       | ${['A', 'A', 'A']}      | ${true}
    ${[2022, 2024, 2025]}       | ${['A', 'A', 'A']}      | ${false}
    ${[2023, 2024, 2025]}       | ${['A', 'B', 'A']}      | ${false}
    ${[2024, 2025]}             | ${['A', 'A']}           | ${false}
    ${[2021, 2023, 2024, 2025]} | ${['A', 'A', 'A', 'A']} | ${true}
  `('given ratings for $years at $levels, the last one lists: $listed', ({ years, levels, listed }) => {
    const ratings = (years as number[]).map((year, i) => rating(year, (levels as string[])[i]));
    expect((listedOn(...ratings) as string[]).includes(`${years.at(-1) + 1}-04-20`)).toBe(listed);
  });

  it('a later rating for the same year replaces the earlier one', () => {
    expect(listedOn(rating(2023, 'A'), rating(2024, 'A'), rating(2024, 'B', '2025-06-01'), rating(2025, 'A'))).toEqual([]);
  });

  it('a rating recorded late for an earlier year is judged by the years up to its own', () => {
    expect(listedOn(rating(2022, 'A'), rating(2025, 'B'), rating(2023, 'A'), rating(2024, 'A'))).toEqual(['2025-04-20']);
  });
});

describe('validating history conditions', () => {
  it('names the path of an unknown fact type and of a since field that is not a date', () => {
    expect(() => rulesWith({ absent: { fact: 'NoSuchFact', since: 'decisionDate', years: 3 } })).toThrow(
      /where\[0\]\.absent\.fact.*unknown fact type NoSuchFact/s,
    );
    expect(() => rulesWith({ absent: { fact: 'PenaltyDecided', since: 'severity', years: 3 } })).toThrow(
      /where\[0\]\.absent\.since.*severity is a enum field, a date field is needed/s,
    );
  });

  it('refuses a consecutive count below 2 and a period that is not an integer field', () => {
    expect(() => rulesWith({ consecutive: { fact: 'TaxCreditRated', period: 'year', count: 1 } })).toThrow(
      /where\[0\]\.consecutive\.count.*must be an integer from 2 to 50/s,
    );
    expect(() => rulesWith({ consecutive: { fact: 'TaxCreditRated', period: 'level', count: 3 } })).toThrow(
      /where\[0\]\.consecutive\.period.*level is a enum field, a integer field is needed/s,
    );
  });
});
