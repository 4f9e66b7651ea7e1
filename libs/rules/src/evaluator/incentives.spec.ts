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
/** A 志愿中国 grading (1A–5A), valid through `validUntil` when given. */
const graded = (grade: string, ratedOn = '2026-03-05', extra: Record<string, unknown> = {}) =>
  fact('VolunteerServiceRated', { grade, serviceHours: '1520.5', ratedOn, organization: '共青团北京市委员会', ...extra });
/** A local star rating by cumulative hours only. */
const starred = (stars: number, ratedOn = '2026-03-05') =>
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
        departments: ['ndrc'],
        listTypes: ['test-honoured-enterprise', 'a-level-taxpayer'],
        reaches: ['subject'],
        scenarios: ['administrative-approval'],
        basis: { documentNumber: '测试', sources: ['https://example.org/test'] },
        statute: { documentNumber: '测试', level: '规范性文件', sources: ['https://example.org/test'] },
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

  it('a later, lower grading ends the 5A entry on its date', () => {
    const five = graded('5A', '2026-03-05');
    const four = graded('4A', '2027-03-05');
    expect(ids([five, four], PERSON, { asOf: '2027-03-04' })).toEqual(YV_ALL);
    expect(ids([five, four], PERSON, { asOf: '2027-03-05' })).toEqual([]);
  });

  it('a memorandum without a 文号; the entry names its criterion, regime and event', () => {
    const memorandum = rules.document.memoranda.find((m) => m.id === 'youth-volunteer-incentive-plan-2016')!;
    expect(memorandum.documentNumber).toBeUndefined();
    expect(memorandum.inferred).toEqual(expect.arrayContaining([expect.stringContaining('no 文号')]));
    const rating = graded('5A');
    const [entry] = entries(rules, [rating]);
    expect(entry).toMatchObject({
      criterion: 'YV.LIST.GRADE_5A',
      regime: { id: 'youth-volunteer-plan-2016' },
      since: '2026-03-05',
      termKind: 'until-validity-end',
      causes: [rating.eventId],
    });
  });

  it('as of a date before the grading, nothing applies', () => {
    expect(ids([graded('5A')], PERSON, { asOf: '2026-03-04' })).toEqual([]);
    expect(ids([graded('5A')], PERSON, { asOf: '2026-03-05' })).toEqual(YV_ALL);
  });

  it('reaches the volunteer (the subject) and nobody through a role', () => {
    expect(ids([graded('5A')], PERSON)).toEqual(YV_ALL);
    for (const role of RELATED_ROLES) expect(ids([graded('5A')], role)).toEqual([]);
  });

  it('filters by scenario and by implementing department', () => {
    expect(ids([graded('5A')], PERSON, { scenario: 'school-admission' })).toEqual(['YV.SCHOOL_PRIORITY']);
    expect(ids([graded('5A')], PERSON, { scenario: 'honours-and-awards' })).toEqual(['YV.AWARD_PRIORITY']);
    expect(ids([graded('5A')], PERSON, { scenario: 'training' })).toEqual(['YV.TRAINING_PRIORITY']);
    expect(ids([graded('5A')], PERSON, { scenario: 'administrative-approval' })).toEqual([]);
    expect(ids([graded('5A')], PERSON, { department: '教育部门' })).toEqual(['YV.AWARD_PRIORITY', 'YV.SCHOOL_PRIORITY']);
    expect(ids([graded('5A')], PERSON, { department: '共青团中央' })).toEqual(['YV.AWARD_PRIORITY']);
  });

  it('each measure carries its inferred marks and the entry behind it', () => {
    const rating = graded('5A');
    const [measure] = measures(rules, [rating], PERSON, { asOf: '2026-06-01', scenario: 'school-admission' });
    expect(measure).toMatchObject({
      id: 'YV.SCHOOL_PRIORITY',
      kind: 'incentive',
      departments: ['教育部'],
      inferred: expect.stringContaining('教育部'),
      because: [{ listType: 'outstanding-youth-volunteer', since: '2026-03-05', eventIds: [rating.eventId] }],
    });
  });

  it('1798号 (十九): a black listing of the volunteer removes the entry, and paying in full does not restore it', () => {
    const withTax = loadRules('major-tax-cases.yaml', 'youth-volunteers.yaml');
    const listing = taxCase('2026-06-15');
    const paid = fact('TaxPaidInFull', { decisionNumber: listing.data.decisionNumber, paidOn: '2026-08-01' });
    const facts = [graded('5A'), listing, paid];
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

/**
 * The plan (http://lanzhou.baogaosu.com/xinwen/…/51223675/): "奖励对象为优秀青年志愿者，即有良好志愿服务记录且连续3年无不良信用记录的
 * 5A级青年志愿者…以志愿服务时长、频次、单次服务时长三个主要因素…划分为1A到5A五个等级"; 发改财金规〔2017〕1798号 (十九)
 * (http://uianet.net/dictionary/b4204512.html): "'红名单'的有效期由相关认定部门（单位）…确定…待'红名单'有效期届满自动退出".
 */
describe('contradiction 10: youth volunteers — the 5A grade (not five stars), no bad credit record for 3 years, a validity', () => {
  const rules = loadRules('youth-volunteers.yaml');
  const listed = (facts: FactRecord[], asOf = '2026-06-01') => idsOf(rules, facts, PERSON, { asOf });

  it.each([
    ['grade 5A', () => graded('5A'), true],
    ['grade 4A', () => graded('4A'), false],
    ['grade 1A', () => graded('1A'), false],
    ['five stars, no grade (the local hour rating)', () => starred(5), false],
    ['five stars with grade 4A', () => fact('VolunteerServiceRated', { ...graded('4A').data, stars: 5 }), false],
  ])('%s → listed: %s', (_label, rating, expected) => {
    expect(listed([rating()])).toEqual(expected ? YV_ALL : []);
  });

  const penalty = (decisionDate: string) =>
    fact('PenaltyDecided', { decisionNumber: `京朝市监罚〔${decisionDate.slice(0, 4)}〕1号`, severity: 'general', decisionDate });
  const court = (listedOn: string) =>
    fact('DishonestDebtorListed', { caseNumber: `（${listedOn.slice(0, 4)}）京0105执1号`, ground: 'able-but-refuses', listedOn });
  const decided = (listedOn: string) =>
    fact('ListingDecided', { decisionNumber: '京朝人社列〔2024〕3号', listType: 'wage-arrears', grounds: [], listedOn });
  const tax = (decisionDate: string) => ({ ...taxCase('2024-06-15'), data: { ...taxCase('2024-06-15').data, decisionDate } });

  it.each([
    ['an administrative penalty', penalty],
    ['a court listing as a dishonest debtor', court],
    ['a black-list decision', decided],
    ['a major tax case', tax],
  ])('%s within the 3 years before the grading bars it; one just older does not', (_label, record) => {
    // graded 2026-03-05: the window is (2023-03-05, 2026-03-05], the grading day included.
    expect(listed([record('2023-03-04'), graded('5A')])).toEqual(YV_ALL);
    expect(listed([record('2023-03-05'), graded('5A')])).toEqual(YV_ALL);
    expect(listed([record('2023-03-06'), graded('5A')])).toEqual([]);
    expect(listed([record('2026-03-04'), graded('5A')])).toEqual([]);
  });

  it('a record after the grading does not undo the grading by absence (black over red does that, for black lists)', () => {
    expect(listed([graded('5A'), penalty('2026-04-01')])).toEqual(YV_ALL);
  });

  it('a bad record recorded only after the grading is not read back into it: absence reads the facts recorded so far', () => {
    // Known limit (docs: rule-format §3): the grading stands until a later grading or a black listing ends it.
    expect(listed([graded('5A'), penalty('2025-01-10')])).toEqual(YV_ALL);
  });

  it('a black entry older than 3 years but still in force at the grading: black over red (1798号 (十九)), in either recorded order', () => {
    const withCourt = loadRules('dishonest-judgment-debtors.yaml', 'youth-volunteers.yaml');
    const listing = court('2022-01-10'); // ground (1): no term, still in force in 2026
    const rating = graded('5A');
    for (const facts of [
      [listing, rating],
      [rating, listing],
    ]) {
      const incentives = measures(withCourt, facts, PERSON, { asOf: '2026-06-01' }).filter((m) => m.kind === 'incentive');
      expect(incentives).toEqual([]);
    }
  });

  it('the entry ends when the grading’s validity ends (validUntil is the last valid day)', () => {
    const facts = [graded('5A', '2026-03-05', { validUntil: '2027-03-04' })];
    expect(listed(facts, '2027-03-04')).toEqual(YV_ALL);
    expect(listed(facts, '2027-03-05')).toEqual([]);
    expect(entryStatus(entries(rules, facts)[0], '2027-03-05' as LocalDate)).not.toBe('active');
  });

  it('a grading dated before the plan (2016-09-23) lists nothing', () => {
    expect(listed([graded('5A', '2016-09-22')], '2016-10-01')).toEqual([]);
    expect(listed([graded('5A', '2016-09-23')], '2016-10-01')).toEqual(YV_ALL);
  });
});

describe('both incentive files load with the tax memorandum without collisions', () => {
  it('one rule set: each list keeps its own measures', () => {
    const all = loadRules('major-tax-cases.yaml', 'a-level-taxpayers.yaml', 'youth-volunteers.yaml');
    expect(idsOf(all, [rated('A')], ENTERPRISE, { asOf: '2026-06-01' })).toEqual(TAXA_ALL);
    expect(idsOf(all, [graded('5A')], PERSON, { asOf: '2026-06-01' })).toEqual(YV_ALL);
  });
});
