import { entries, fact, loadRules, procurementBan } from '../testing/rule-spec.js';
import { windowOf } from './regimes.js';

/** A list type listed by the fact itself (a final tax case) under two regimes; a local figure narrows the later one. */
const basis = { documentNumber: '测试', sources: ['https://example.org/regimes'] };
const regime = (id: string, effectiveFrom: string, effectiveUntil?: string) => ({
  id,
  documentNumber: `${id}号`,
  title: id,
  issuedBy: '税务总局',
  effectiveFrom,
  ...(effectiveUntil ? { effectiveUntil } : {}),
  decidingDate: '决定生效之日',
  sources: ['https://example.org/regimes'],
});
const arrears = (id: string, regimeId: string, threshold: string, dates: Record<string, string> = {}) => ({
  id,
  regime: regimeId,
  fact: 'MajorTaxCaseDecided',
  since: 'finalOn',
  ...dates,
  where: [
    { field: 'violation', equals: 'arrears-evasion' },
    { field: 'unpaidAssessedTax', threshold: { 以上: threshold, unit: '元' } },
  ],
  basis,
});
const rules = loadRules({
  regimes: [regime('tax-a', '2016-01-01', '2020-01-01'), regime('tax-b', '2020-01-01')],
  memoranda: [
    {
      id: 'regimes',
      title: '制度测试',
      kind: 'punishment',
      signatories: ['税务总局'],
      listTypes: ['arrears'],
      sources: ['https://example.org/r'],
    },
  ],
  listTypes: [
    {
      id: 'arrears',
      label: '欠税',
      color: 'black',
      reachesPersons: 'held-when-listed',
      memorandum: 'regimes',
      initiatingDepartments: ['税务总局'],
      criteria: [
        // The criterion's own dates try to reach back before its regime: the regime's window holds.
        arrears('ARREARS.A', 'tax-a', '100000', { effectiveFrom: '2010-01-01' }),
        // A local figure from mid-2021 narrows regime tax-b.
        arrears('ARREARS.B', 'tax-b', '1000000', { effectiveFrom: '2021-07-01' }),
      ],
      terms: [
        { regime: 'tax-a', kind: 'fixed', years: 2, basis },
        { regime: 'tax-b', kind: 'fixed', years: 3, basis },
      ],
    },
  ],
  measures: [procurementBan('ARREARS.PROCUREMENT', 'regimes', ['arrears'], basis)],
});
const finalCase = (finalOn: string, unpaidAssessedTax = '2000000.00') =>
  fact('MajorTaxCaseDecided', {
    decisionNumber: `欠税-${finalOn}`,
    decisionDate: finalOn,
    finalOn,
    violation: 'arrears-evasion',
    yearly: [],
    unpaidAssessedTax,
    criminalSentence: false,
  });

describe('regimes of a list type listed by the fact itself: the fact’s since is the deciding date', () => {
  it.each`
    finalOn         | listed
    ${'2015-12-31'} | ${[]}
    ${'2016-01-01'} | ${[['ARREARS.A', 'tax-a', '2018-01-01']]}
    ${'2019-12-31'} | ${[['ARREARS.A', 'tax-a', '2021-12-31']]}
    ${'2020-01-01'} | ${[]}
    ${'2021-06-30'} | ${[]}
    ${'2021-07-01'} | ${[['ARREARS.B', 'tax-b', '2024-07-01']]}
  `('a case final on $finalOn lists $listed', ({ finalOn, listed }) => {
    expect(entries(rules, [finalCase(finalOn)]).map((e) => [e.criterion, e.regime?.id, e.until])).toEqual(listed);
  });

  it('a regime’s window is narrowed by a rule’s own dates, never widened', () => {
    const tax = { effectiveFrom: '2016-01-01', effectiveUntil: '2020-01-01' } as unknown as Parameters<typeof windowOf>[0];
    expect(windowOf(tax, '2010-01-01', '2030-01-01')).toEqual({ from: '2016-01-01', until: '2020-01-01' });
    expect(windowOf(tax, '2017-01-01', '2019-01-01')).toEqual({ from: '2017-01-01', until: '2019-01-01' });
    expect(windowOf(undefined, '2017-01-01')).toEqual({ from: '2017-01-01' });
  });
});
