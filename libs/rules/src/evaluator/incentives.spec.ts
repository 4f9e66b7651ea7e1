import type { LocalDate } from '#kernel';
import { ENTERPRISE, PERSON, entries, fact, loadRules, measureIds as idsOf, measures, type SpecQuery } from '../testing/rule-spec.js';
import { entryStatus, type FactRecord } from './list-entries.js';
import type { Reached } from './measures.js';

const TAXA_ALL = ['TAXA.GREEN_CHANNEL', 'TAXA.ORDINARY_INVOICE', 'TAXA.VAT_INVOICE_3M'];
const YV_ALL = ['YV.AWARD_PRIORITY', 'YV.SCHOOL_PRIORITY', 'YV.TRAINING_PRIORITY'];
const RELATED_ROLES: Reached[] = [
  { as: 'legal-representative' },
  { as: 'principal-person' },
  { as: 'actual-controller' },
  { as: 'finance-manager' },
  { as: 'safety-manager' },
  { as: 'directly-responsible-person' },
];

const rated = (level: string, publishedOn = '2026-04-20', year = 2025) => fact('TaxCreditRated', { year, level, publishedOn });
const volunteer = (stars: number, ratedOn = '2026-03-05') =>
  fact('VolunteerServiceRated', { stars, serviceHours: '1520.5', ratedOn, organization: '共青团北京市委员会' });

let caseNumber = 0;
const taxCase = (determinedOn: string, evadedAmount = '1200000.00') =>
  fact('MajorTaxCaseDecided', {
    decisionNumber: `京税稽罚〔2026〕${++caseNumber}号`,
    decisionDate: '2026-05-10',
    finalOn: determinedOn,
    determinedOn,
    violation: 'evasion',
    yearly: [{ year: 2024, evadedAmount, taxPayable: '9000000.00' }],
    unpaidAssessedTax: '1200000.00',
  });

describe('发改财金〔2016〕1467号: the A-level taxpayer red list', () => {
  const rules = loadRules('a-level-taxpayers.yaml');
  const ids = (facts: FactRecord[], reached: Reached, query: Partial<SpecQuery> = {}) =>
    idsOf(rules, facts, reached, { asOf: '2026-06-01', ...query });

  it.each([
    ['A', true],
    ['B', false],
    ['M', false],
    ['C', false],
    ['D', false],
  ])('level %s → listed: %s', (level, listed) => {
    const found = entries(rules, [rated(level)]);
    expect(found.map((e) => [e.listType, e.color])).toEqual(listed ? [['a-level-taxpayer', 'red']] : []);
    expect(ids([rated(level)], ENTERPRISE)).toEqual(listed ? TAXA_ALL : []);
  });

  it('the entry names its criterion, basis and event, from the publication date', () => {
    const rating = rated('A');
    const [entry] = entries(rules, [rating]);
    expect(entry).toMatchObject({
      criterion: 'TAXA.LIST.A_LEVEL',
      memorandum: 'fgcj-2016-1467',
      since: '2026-04-20',
      termKind: 'fixed',
      causes: [rating.eventId],
    });
    expect(entry.basis.documentNumber).toBe('发改财金〔2016〕1467号');
  });

  it('is in force for 1 year from publication (the annual rating), then expires', () => {
    const rating = rated('A');
    const [entry] = entries(rules, [rating]);
    expect(entry.until).toBe('2027-04-20');
    expect(['2026-04-19', '2026-04-20', '2027-04-19', '2027-04-20'].map((d) => entryStatus(entry, d as LocalDate))).toEqual([
      'not-yet',
      'active',
      'active',
      'expired',
    ]);
    expect(ids([rating], ENTERPRISE, { asOf: '2027-04-19' })).toEqual(TAXA_ALL);
    expect(ids([rating], ENTERPRISE, { asOf: '2027-04-20' })).toEqual([]);
  });

  it('as of a date before the rating is published, nothing applies', () => {
    expect(ids([rated('A')], ENTERPRISE, { asOf: '2026-04-19' })).toEqual([]);
    expect(ids([rated('A')], ENTERPRISE, { asOf: '2025-12-31' })).toEqual([]);
  });

  it('incentives reach only the subject: never a legal representative or any other related person', () => {
    expect(ids([rated('A')], ENTERPRISE)).toEqual(TAXA_ALL);
    for (const role of RELATED_ROLES) expect(ids([rated('A')], role)).toEqual([]);
  });

  it('filters by scenario and by implementing department', () => {
    expect(ids([rated('A')], ENTERPRISE, { scenario: 'administrative-approval' })).toEqual(['TAXA.GREEN_CHANNEL']);
    expect(ids([rated('A')], ENTERPRISE, { scenario: 'tax-administration' })).toEqual(['TAXA.ORDINARY_INVOICE', 'TAXA.VAT_INVOICE_3M']);
    expect(ids([rated('A')], ENTERPRISE, { scenario: 'government-procurement' })).toEqual([]);
    expect(ids([rated('A')], ENTERPRISE, { department: '税务总局' })).toEqual(['TAXA.ORDINARY_INVOICE', 'TAXA.VAT_INVOICE_3M']);
    expect(ids([rated('A')], ENTERPRISE, { department: '海关总署' })).toEqual([]);
  });

  it('explains each measure: kind, basis, inferred marks and the list entry behind it', () => {
    const rating = rated('A');
    const [measure] = measures(rules, [rating], ENTERPRISE, { asOf: '2026-06-01', scenario: 'administrative-approval' });
    expect(measure).toMatchObject({
      id: 'TAXA.GREEN_CHANNEL',
      kind: 'incentive',
      memorandum: 'fgcj-2016-1467',
      basis: { documentNumber: '发改财金〔2016〕1467号', clause: '（一）1' },
      inferred: expect.stringContaining('implementing-unit column'),
      because: [
        {
          listType: 'a-level-taxpayer',
          criterion: 'TAXA.LIST.A_LEVEL',
          since: '2026-04-20',
          until: '2027-04-20',
          eventIds: [rating.eventId],
          conditions: [],
        },
      ],
    });
    expect(measure.because[0].role).toBeUndefined();
  });
});

describe('contradiction 11: A-level taxpayers under 纳税缴费信用管理办法 (国家税务总局公告2025年第12号, in force 2025-07-01, http://www.csrcare.com/Law/LawShow?id=234700), 动态调整 and three consecutive A years', () => {
  const rules = loadRules('a-level-taxpayers.yaml');
  const ids = (facts: FactRecord[], asOf: string) => idsOf(rules, facts, ENTERPRISE, { asOf });

  it.each([
    ['2025-06-30', 'TAXA.2014.A_LEVEL', 'nsxy-2014'],
    ['2025-07-01', 'TAXA.LIST.A_LEVEL', 'nsjf-2025'],
  ])('a rating published %s is decided by %s (%s)', (publishedOn, criterion, regime) => {
    const [entry] = entries(rules, [rated('A', publishedOn, 2024)]);
    expect(entry).toMatchObject({ criterion, regime: { id: regime }, since: publishedOn });
  });

  it('a rating published before the 2014 办法 took effect lists nothing (regime not encoded)', () => {
    expect(entries(rules, [rated('A', '2014-09-30', 2014)])).toEqual([]);
  });

  it('动态调整: a re-rating of the same year to B ends the A entry on its publication, day before and on', () => {
    const facts = [rated('A', '2026-04-20', 2025), rated('B', '2026-08-10', 2025)];
    expect(ids(facts, '2026-08-09')).toEqual(TAXA_ALL);
    expect(ids(facts, '2026-08-10')).toEqual([]);
  });

  it('动态调整: a re-rating of the same year to A starts the entry on its publication', () => {
    const facts = [rated('B', '2026-04-20', 2025), rated('A', '2026-08-10', 2025)];
    expect(ids(facts, '2026-08-09')).toEqual([]);
    expect(ids(facts, '2026-08-10')).toEqual(TAXA_ALL);
  });

  it.each([
    [
      'A, A, A in 2023–2025',
      [
        ['A', 2023],
        ['A', 2024],
        ['A', 2025],
      ],
      true,
    ],
    [
      'A, B, A',
      [
        ['A', 2023],
        ['B', 2024],
        ['A', 2025],
      ],
      false,
    ],
    [
      'only two A years',
      [
        ['A', 2024],
        ['A', 2025],
      ],
      false,
    ],
    [
      'A in 2022, 2024 and 2025 (a year missing)',
      [
        ['A', 2022],
        ['A', 2024],
        ['A', 2025],
      ],
      false,
    ],
  ])('three consecutive A years: %s → TAXA.3A_SERVICE: %s', (_label, years, earned) => {
    const facts = (years as [string, number][]).map(([level, year]) => rated(level, `${year + 1}-04-20`, year));
    expect(ids(facts, '2026-06-01').includes('TAXA.3A_SERVICE')).toBe(earned);
    if (earned) expect(ids(facts, '2026-06-01')).toEqual(expect.arrayContaining(TAXA_ALL));
  });

  it('a re-rating of the third year to B ends the three-year measure with the A-level ones', () => {
    const facts = [
      rated('A', '2024-04-20', 2023),
      rated('A', '2025-04-20', 2024),
      rated('A', '2026-04-20', 2025),
      rated('B', '2026-09-01', 2025),
    ];
    expect(ids(facts, '2026-08-31')).toContain('TAXA.3A_SERVICE');
    expect(ids(facts, '2026-09-01')).toEqual([]);
  });
});

describe('1798号 (十九) with 发改财金〔2016〕2798号: a black listing removes the A-level entry, for good', () => {
  const rules = loadRules('major-tax-cases.yaml', 'a-level-taxpayers.yaml');
  const incentives = (facts: FactRecord[], asOf: string) =>
    measures(rules, facts, ENTERPRISE, { asOf })
      .filter((m) => m.kind === 'incentive')
      .map((m) => m.id)
      .sort();

  it('the red entry ends the day the black listing starts and is not restored when the black one ends early', () => {
    const rating = rated('A');
    const listing = taxCase('2026-06-15');
    const stopped = fact('EarlyRemovalDecided', {
      applicationNumber: '京税停申〔2026〕1号',
      listingDecisionNumber: listing.data.decisionNumber,
      outcome: 'approved',
      decidedOn: '2026-12-20',
      reason: '已缴清税款、滞纳金和罚款，且失信信息公布满六个月',
    });
    const facts = [rating, listing, stopped];
    const found = entries(rules, facts);
    const red = found.find((e) => e.listType === 'a-level-taxpayer')!;
    const black = found.find((e) => e.listType === 'major-tax-case')!;
    expect(red.ended).toMatchObject({
      on: '2026-06-15',
      reason: 'black-listing',
      eventId: listing.eventId,
      basis: { documentNumber: '发改财金规〔2017〕1798号' },
    });
    expect(black.ended).toMatchObject({ on: '2026-12-20', reason: 'exit', eventId: stopped.eventId });
    expect(incentives(facts, '2026-06-14')).toEqual(TAXA_ALL);
    expect(incentives(facts, '2026-06-15')).toEqual([]);
    expect(incentives(facts, '2026-12-20')).toEqual([]);
    expect(incentives(facts, '2027-01-01')).toEqual([]); // the black entry ended on 12-20; the red one stays removed
    expect(idsOf(rules, facts, ENTERPRISE, { asOf: '2026-06-15' })).toContain('TAX.D_GRADE');
  });

  it('a tax case under the thresholds lists nothing and removes nothing', () => {
    const facts = [rated('A'), taxCase('2026-06-15', '999999.99')];
    expect(entries(rules, facts).map((e) => [e.listType, e.ended])).toEqual([['a-level-taxpayer', undefined]]);
    expect(incentives(facts, '2026-07-01')).toEqual(TAXA_ALL);
  });

  it('a black listing after the red entry expired leaves it expired, not ended', () => {
    const facts = [rated('A', '2025-04-20', 2024), taxCase('2026-06-15')];
    const red = entries(rules, facts).find((e) => e.color === 'red')!;
    expect(red.ended).toBeUndefined();
    expect(entryStatus(red, '2026-06-15' as LocalDate)).toBe('expired');
  });
});

describe('overlapping red entries: one measure per id, each with its own reasons', () => {
  const honourPart = {
    memoranda: [
      {
        id: 'test-honours',
        title: '测试用表彰激励',
        kind: 'incentive',
        signatories: ['国家发展改革委'],
        listTypes: ['test-honoured-enterprise'],
        sources: ['https://example.org/test'],
      },
    ],
    listTypes: [
      {
        id: 'test-honoured-enterprise',
        label: '测试用国家级表彰企业',
        color: 'red',
        reachesPersons: 'none',
        memorandum: 'test-honours',
        initiatingDepartments: ['国家发展改革委'],
        criteria: [
          {
            id: 'TEST.LIST.HONOUR',
            fact: 'HonourAwarded',
            where: [{ field: 'level', equals: 'national' }],
            since: 'awardedOn',
            basis: { documentNumber: '测试', sources: ['https://example.org/test'] },
          },
        ],
        terms: [{ kind: 'fixed', years: 2, basis: { documentNumber: '测试', sources: ['https://example.org/test'] } }],
      },
    ],
    measures: [
      {
        id: 'TEST.APPROVAL_PRIORITY',
        memorandum: 'test-honours',
        kind: 'incentive',
        text: '行政审批优先办理',
        gloss: 'priority in administrative approval',
        departments: ['各行政审批部门'],
        listTypes: ['test-honoured-enterprise', 'a-level-taxpayer'],
        reaches: ['subject'],
        scenarios: ['administrative-approval'],
        basis: { documentNumber: '测试', sources: ['https://example.org/test'] },
      },
    ],
  };
  const rules = loadRules('major-tax-cases.yaml', 'a-level-taxpayers.yaml', honourPart);
  const honour = fact('HonourAwarded', {
    documentNumber: '国发〔2026〕1号',
    honourName: '全国守信企业',
    level: 'national',
    awardingBody: '国务院',
    awardedOn: '2026-01-15',
    validUntil: '2028-01-14',
  });

  it('on another red list first, then on the A-level list: every measure once, with the entries that carry it', () => {
    const rating = rated('A');
    const found = measures(rules, [honour, rating], ENTERPRISE, { asOf: '2026-06-01' });
    expect(found.map((m) => m.id).sort()).toEqual([...TAXA_ALL, 'TEST.APPROVAL_PRIORITY']);
    const byId = new Map(found.map((m) => [m.id, m]));
    expect(byId.get('TEST.APPROVAL_PRIORITY')!.because.map((b) => [b.listType, b.since, b.eventIds])).toEqual([
      ['test-honoured-enterprise', '2026-01-15', [honour.eventId]],
      ['a-level-taxpayer', '2026-04-20', [rating.eventId]],
    ]);
    for (const id of TAXA_ALL)
      expect(byId.get(id)!.because.map((b) => [b.listType, b.eventIds])).toEqual([['a-level-taxpayer', [rating.eventId]]]);
    expect(idsOf(rules, [honour, rating], ENTERPRISE, { asOf: '2026-06-01', scenario: 'administrative-approval' })).toEqual([
      'TAXA.GREEN_CHANNEL',
      'TEST.APPROVAL_PRIORITY',
    ]);
    // before the rating only the other list's measure applies
    expect(idsOf(rules, [honour, rating], ENTERPRISE, { asOf: '2026-04-19' })).toEqual(['TEST.APPROVAL_PRIORITY']);
  });

  it('next year’s rating replaces this year’s from its publication: one reason at a time, never two overlapping', () => {
    const previous = rated('A', '2025-04-25', 2024);
    const current = rated('A', '2026-04-20', 2025);
    const found = measures(rules, [previous, current], ENTERPRISE, { asOf: '2026-04-22' });
    expect(found.map((m) => m.id).sort()).toEqual([
      'TAXA.GREEN_CHANNEL',
      'TAXA.ORDINARY_INVOICE',
      'TAXA.VAT_INVOICE_3M',
      'TEST.APPROVAL_PRIORITY',
    ]);
    for (const measure of found) {
      expect(measure.because.map((b) => [b.since, b.until, b.eventIds])).toEqual([['2026-04-20', '2027-04-20', [current.eventId]]]);
    }
  });

  it('a later B rating ends the A-grade incentives on its publication, before the year is over', () => {
    const a = rated('A', '2025-04-25', 2024);
    const b = rated('B', '2026-04-20', 2025);
    expect(measures(rules, [a, b], ENTERPRISE, { asOf: '2026-04-19' }).length).toBeGreaterThan(0);
    expect(measures(rules, [a, b], ENTERPRISE, { asOf: '2026-04-20' }).filter((m) => m.id.startsWith('TAXA.'))).toEqual([]);
  });

  it('a black listing removes every red entry in force', () => {
    const facts = [honour, rated('A'), taxCase('2026-06-15')];
    const red = entries(rules, facts).filter((e) => e.color === 'red');
    expect(red.map((e) => [e.listType, e.ended?.on, e.ended?.reason])).toEqual([
      ['test-honoured-enterprise', '2026-06-15', 'black-listing'],
      ['a-level-taxpayer', '2026-06-15', 'black-listing'],
    ]);
    expect(measures(rules, facts, ENTERPRISE, { asOf: '2026-07-01' }).filter((m) => m.kind === 'incentive')).toEqual([]);
  });
});

describe('2016 优秀青年志愿者守信联合激励行动计划: the 5A youth volunteer red list', () => {
  const rules = loadRules('youth-volunteers.yaml');
  const ids = (facts: FactRecord[], reached: Reached, query: Partial<SpecQuery> = {}) =>
    idsOf(rules, facts, reached, { asOf: '2026-06-01', ...query });

  it.each([
    [5, true],
    [4, false],
    [1, false],
  ])('%i stars → listed: %s', (stars, listed) => {
    expect(entries(rules, [volunteer(stars)]).map((e) => [e.listType, e.color])).toEqual(
      listed ? [['outstanding-youth-volunteer', 'red']] : [],
    );
    expect(ids([volunteer(stars)], PERSON)).toEqual(listed ? YV_ALL : []);
  });

  it('a later, lower rating ends the five-star entry on its date', () => {
    const five = volunteer(5, '2026-03-05');
    const four = volunteer(4, '2027-03-05');
    expect(ids([five, four], PERSON, { asOf: '2027-03-04' })).toEqual(YV_ALL);
    expect(ids([five, four], PERSON, { asOf: '2027-03-05' })).toEqual([]);
  });

  it('a memorandum without a 文号; the entry names its criterion and event and has no end date', () => {
    const memorandum = rules.document.memoranda.find((m) => m.id === 'youth-volunteer-incentive-plan-2016')!;
    expect(memorandum.documentNumber).toBeUndefined();
    expect(memorandum.inferred).toEqual(expect.arrayContaining([expect.stringContaining('no 文号')]));
    const rating = volunteer(5);
    const [entry] = entries(rules, [rating]);
    expect(entry).toMatchObject({
      criterion: 'YV.LIST.FIVE_STAR',
      since: '2026-03-05',
      termKind: 'until-validity-end',
      until: undefined,
      causes: [rating.eventId],
    });
    expect(entryStatus(entry, '2030-01-01' as LocalDate)).toBe('active');
  });

  it('as of a date before the rating, nothing applies', () => {
    expect(ids([volunteer(5)], PERSON, { asOf: '2026-03-04' })).toEqual([]);
    expect(ids([volunteer(5)], PERSON, { asOf: '2026-03-05' })).toEqual(YV_ALL);
  });

  it('reaches the volunteer (the subject) and nobody through a role', () => {
    expect(ids([volunteer(5)], PERSON)).toEqual(YV_ALL);
    for (const role of RELATED_ROLES) expect(ids([volunteer(5)], role)).toEqual([]);
  });

  it('filters by scenario and by implementing department', () => {
    expect(ids([volunteer(5)], PERSON, { scenario: 'school-admission' })).toEqual(['YV.SCHOOL_PRIORITY']);
    expect(ids([volunteer(5)], PERSON, { scenario: 'honours-and-awards' })).toEqual(['YV.AWARD_PRIORITY']);
    expect(ids([volunteer(5)], PERSON, { scenario: 'training' })).toEqual(['YV.TRAINING_PRIORITY']);
    expect(ids([volunteer(5)], PERSON, { scenario: 'administrative-approval' })).toEqual([]);
    expect(ids([volunteer(5)], PERSON, { department: '教育部门' })).toEqual(['YV.SCHOOL_PRIORITY']);
  });

  it('each measure carries its inferred marks and the entry behind it', () => {
    const rating = volunteer(5);
    const [measure] = measures(rules, [rating], PERSON, { asOf: '2026-06-01', scenario: 'school-admission' });
    expect(measure).toMatchObject({
      id: 'YV.SCHOOL_PRIORITY',
      kind: 'incentive',
      departments: ['教育部门'],
      inferred: expect.stringContaining('教育部门'),
      because: [{ listType: 'outstanding-youth-volunteer', since: '2026-03-05', eventIds: [rating.eventId] }],
    });
  });

  it('1798号 (十九): a black listing of the volunteer removes the entry, and paying in full does not restore it', () => {
    const withTax = loadRules('major-tax-cases.yaml', 'youth-volunteers.yaml');
    const listing = taxCase('2026-06-15');
    const paid = fact('TaxPaidInFull', { decisionNumber: listing.data.decisionNumber, paidOn: '2026-08-01' });
    const facts = [volunteer(5), listing, paid];
    const red = entries(withTax, facts).find((e) => e.color === 'red')!;
    expect(red.ended).toMatchObject({ on: '2026-06-15', reason: 'black-listing', eventId: listing.eventId });
    const incentives = (asOf: string) =>
      measures(withTax, facts, PERSON, { asOf })
        .filter((m) => m.kind === 'incentive')
        .map((m) => m.id)
        .sort();
    expect(incentives('2026-06-14')).toEqual(YV_ALL);
    expect(incentives('2026-06-15')).toEqual([]);
    expect(incentives('2026-09-01')).toEqual([]);
  });
});

describe('both incentive files load with the tax memorandum without collisions', () => {
  it('one rule set: each list keeps its own measures', () => {
    const all = loadRules('major-tax-cases.yaml', 'a-level-taxpayers.yaml', 'youth-volunteers.yaml');
    expect(idsOf(all, [rated('A')], ENTERPRISE, { asOf: '2026-06-01' })).toEqual(TAXA_ALL);
    expect(idsOf(all, [volunteer(5)], PERSON, { asOf: '2026-06-01' })).toEqual(YV_ALL);
  });
});
