import type { LocalDate } from '#kernel';
import { ENTERPRISE, fact, loadRules, measureIds as idsOf, type SpecQuery } from '../testing/rule-spec.js';
import { entryStatus, listEntries, type FactRecord } from './list-entries.js';
import { applicableMeasures, type Reached } from './measures.js';

const rules = loadRules('major-tax-cases.yaml');
let sequence = 0;

const taxCase = (yearly: { year: number; evadedAmount: string; taxPayable: string }[], extra: Record<string, unknown> = {}) =>
  fact('MajorTaxCaseDecided', {
    decisionNumber: `京税稽罚〔2026〕${++sequence}号`,
    decisionDate: '2026-02-10',
    finalOn: '2026-03-15',
    violation: 'evasion',
    yearly,
    unpaidAssessedTax: '1200000.00',
    criminalSentence: false,
    ...extra,
  });

const measureIds = (facts: FactRecord[], reached: Reached, query: Partial<SpecQuery> = {}) =>
  idsOf(rules, facts, reached, { asOf: '2026-06-01', ...query });

describe('发改财金〔2016〕2798号: listing by the evasion thresholds', () => {
  it.each([
    ['999,999.99 evaded, 10% of the year', '999999.99', '9999999.90', false],
    ['1,000,000.00 evaded, exactly 10% of the year', '1000000.00', '10000000.00', true],
    ['1,000,000.00 evaded, 9.99% of the year', '1000000.00', '10010010.02', false],
    ['1,000,000.01 evaded, 10.00…% of the year', '1000000.01', '10000000.00', true],
  ])('%s → listed: %s', (_label, evadedAmount, taxPayable, listed) => {
    const entries = listEntries([taxCase([{ year: 2024, evadedAmount, taxPayable }])], rules);
    expect(entries.map((e) => e.listType)).toEqual(listed ? ['major-tax-case'] : []);
  });

  it('任一年度: one year over both thresholds is enough, years are not added up', () => {
    const oneYear = taxCase([
      { year: 2023, evadedAmount: '200000.00', taxPayable: '1000000.00' },
      { year: 2024, evadedAmount: '1500000.00', taxPayable: '9000000.00' },
    ]);
    const summed = taxCase([
      { year: 2023, evadedAmount: '600000.00', taxPayable: '3000000.00' },
      { year: 2024, evadedAmount: '600000.00', taxPayable: '3000000.00' },
    ]);
    expect(listEntries([oneYear], rules)).toHaveLength(1);
    expect(listEntries([summed], rules)).toHaveLength(0);
  });

  it('the limbs without an amount list whatever the amount; the entry names its criterion, basis and event', () => {
    const fraud = taxCase([{ year: 2024, evadedAmount: '1.00', taxPayable: '1000000.00' }], { violation: 'export-refund-fraud' });
    const [entry] = listEntries([fraud], rules);
    expect(entry).toMatchObject({
      criterion: 'TAX.LIST.NO_AMOUNT_LIMB',
      since: '2026-03-15',
      until: '2029-03-15',
      causes: [fraud.eventId],
    });
    expect(entry.basis.documentNumber).toBe('发改财金〔2016〕2798号');
  });
});

describe('发改财金〔2016〕2798号: term, exit and time', () => {
  const listing = taxCase([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }]);

  it('is in force for 3 years from the date the decision became final', () => {
    const [entry] = listEntries([listing], rules);
    expect(['2026-03-14', '2026-03-15', '2029-03-14', '2029-03-15'].map((d) => entryStatus(entry, d as LocalDate))).toEqual([
      'not-yet',
      'active',
      'active',
      'expired',
    ]);
    expect(measureIds([listing], ENTERPRISE, { asOf: '2026-03-14' as LocalDate })).toEqual([]);
    expect(measureIds([listing], ENTERPRISE, { asOf: '2029-03-15' as LocalDate })).toEqual([]);
  });

  it('ends when the tax is paid in full, from the payment date', () => {
    const paid = fact('TaxPaidInFull', { decisionNumber: listing.data.decisionNumber, paidOn: '2026-07-01' });
    const [entry] = listEntries([listing, paid], rules);
    expect(entry.ended).toMatchObject({ on: '2026-07-01', reason: 'exit', eventId: paid.eventId });
    expect(measureIds([listing, paid], ENTERPRISE, { asOf: '2026-06-30' as LocalDate })).not.toEqual([]);
    expect(measureIds([listing, paid], ENTERPRISE, { asOf: '2026-07-01' as LocalDate })).toEqual([]);
  });

  it('a payment for another decision ends nothing', () => {
    const other = fact('TaxPaidInFull', { decisionNumber: '京税稽罚〔2025〕1号', paidOn: '2026-07-01' });
    expect(listEntries([listing, other], rules)[0].ended).toBeUndefined();
  });
});

describe('发改财金〔2016〕2798号: whom each measure reaches', () => {
  const listing = taxCase([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }]);

  it('the enterprise itself: the measures on the subject, not those for natural persons', () => {
    expect(measureIds([listing], ENTERPRISE)).toEqual(['TAX.CREDIT_REF', 'TAX.D_GRADE', 'TAX.PROCUREMENT']);
  });

  it('the legal representative and the responsible finance head, never the actual controller', () => {
    expect(measureIds([listing], { as: 'legal-representative' })).toEqual(['TAX.CREDIT_REF', 'TAX.EXIT_BAN']);
    expect(measureIds([listing], { as: 'finance-manager' })).toEqual(['TAX.CREDIT_REF']);
    expect(measureIds([listing], { as: 'actual-controller' })).toEqual([]);
  });

  it('conditional measures: the exit ban only while assessed tax is unpaid, the officer ban only after a sentence', () => {
    const settled = taxCase([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }], {
      unpaidAssessedTax: '0.00',
      criminalSentence: true,
    });
    expect(measureIds([settled], { as: 'legal-representative' })).toEqual(['TAX.CREDIT_REF', 'TAX.OFFICER_BAN']);
    const person: Reached = { as: 'subject', naturalPerson: true };
    expect(measureIds([listing], person)).toContain('TAX.EXIT_BAN');
  });

  it('filters by scenario and by implementing department', () => {
    expect(measureIds([listing], ENTERPRISE, { scenario: 'government-procurement' })).toEqual(['TAX.PROCUREMENT']);
    expect(measureIds([listing], ENTERPRISE, { department: '国家税务总局安康市税务局' })).toEqual(['TAX.D_GRADE']);
    expect(measureIds([listing], ENTERPRISE, { department: '海关总署' })).toEqual([]);
    expect(measureIds([listing], ENTERPRISE, { scenario: 'air-travel' })).toEqual([]);
  });

  it('explains each measure: basis, list entry and the events behind it', () => {
    const [measure] = applicableMeasures(
      listEntries([listing], rules),
      { as: 'legal-representative' },
      { asOf: '2026-06-01' as LocalDate, scenario: 'exit-control' },
      rules,
    );
    expect(measure).toMatchObject({
      id: 'TAX.EXIT_BAN',
      basis: { documentNumber: '发改财金〔2014〕3062号', clause: '（二）' },
      because: [
        {
          listType: 'major-tax-case',
          since: '2026-03-15',
          eventIds: [listing.eventId],
          role: 'legal-representative',
          conditions: ['查补税款尚未缴清'],
        },
      ],
    });
  });
});

describe('1798号 (十九): a black listing removes a red entry, for good', () => {
  const redPart = { memoranda: [] as unknown[], listTypes: [] as unknown[], measures: [] as unknown[] };
  redPart.memoranda.push({
    id: 'test-red',
    title: '测试用红名单备忘录',
    kind: 'incentive',
    signatories: ['国家发展改革委'],
    listTypes: ['a-level-taxpayer'],
    sources: ['https://example.org/test'],
  });
  redPart.listTypes.push({
    id: 'a-level-taxpayer',
    label: '纳税信用A级纳税人',
    color: 'red',
    reachesPersons: 'none',
    memorandum: 'test-red',
    initiatingDepartments: ['税务总局'],
    criteria: [
      {
        id: 'TAXA.LIST',
        fact: 'TaxCreditRated',
        where: [{ field: 'level', equals: 'A' }],
        since: 'publishedOn',
        basis: { documentNumber: '发改财金〔2016〕1467号', sources: ['https://example.org/test'] },
      },
    ],
    terms: [{ kind: 'fixed', years: 1, basis: { documentNumber: '纳税信用管理办法', sources: ['https://example.org/test'] } }],
  });
  redPart.measures.push({
    id: 'TAXA.GREEN_CHANNEL',
    memorandum: 'test-red',
    kind: 'incentive',
    text: '行政审批绿色通道',
    gloss: 'green channel in administrative approval',
    departments: ['ndrc'],
    listTypes: ['a-level-taxpayer'],
    reaches: ['subject'],
    scenarios: ['administrative-approval'],
    basis: { documentNumber: '发改财金〔2016〕1467号', clause: '（一）1', sources: ['https://example.org/test'] },
    statute: { documentNumber: '发改财金〔2016〕1467号', clause: '（一）1', level: '规范性文件', sources: ['https://example.org/test'] },
  });
  const withRed = loadRules('major-tax-cases.yaml', redPart);

  it('the red entry ends the day the black listing starts and does not come back when the black entry ends', () => {
    const rated = fact('TaxCreditRated', { year: 2025, level: 'A', publishedOn: '2026-01-10' });
    const listing = taxCase([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }]);
    const paid = fact('TaxPaidInFull', { decisionNumber: listing.data.decisionNumber, paidOn: '2026-05-01' });
    const entries = listEntries([rated, listing, paid], withRed);
    const red = entries.find((e) => e.color === 'red')!;
    expect(red.ended).toMatchObject({
      on: '2026-03-15',
      reason: 'black-listing',
      eventId: listing.eventId,
      basis: { documentNumber: '发改财金规〔2017〕1798号', clause: expect.stringContaining('（十九）') },
    });
    const incentives = (asOf: string) =>
      applicableMeasures(entries, ENTERPRISE, { asOf: asOf as LocalDate }, withRed)
        .filter((m) => m.kind === 'incentive')
        .map((m) => m.id);
    expect(incentives('2026-03-14')).toEqual(['TAXA.GREEN_CHANNEL']);
    expect(incentives('2026-03-15')).toEqual([]);
    expect(incentives('2026-06-01')).toEqual([]); // the black entry ended on 05-01; the red one stays removed
  });
});
