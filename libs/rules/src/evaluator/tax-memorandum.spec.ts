import { majorTaxCaseV1ToV2, type RoleHeld } from '#credit';
import type { LocalDate } from '#kernel';
import { ENTERPRISE, PERSON, fact, loadRules, measureIds as idsOf, type SpecQuery } from '../testing/rule-spec.js';
import { entryStatus, listEntries, type FactRecord } from './list-entries.js';
import { applicableMeasures, type Reached } from './measures.js';
import { personsReached } from './reach.js';

const rules = loadRules('major-tax-cases.yaml');
let sequence = 0;

type Year = { year: number; evadedAmount: string; taxPayable: string };

/** A case determined under 令第54号 unless `determinedOn` says otherwise. */
const taxCase = (violation: string, extra: Record<string, unknown> = {}) =>
  fact('MajorTaxCaseDecided', {
    decisionNumber: `京税稽罚〔2026〕${++sequence}号`,
    decisionDate: '2026-02-10',
    finalOn: '2026-03-15',
    determinedOn: '2026-03-20',
    violation,
    unpaidAssessedTax: '1200000.00',
    ...extra,
  });
const evasion = (yearly: Year[], extra: Record<string, unknown> = {}) => taxCase('evasion', { yearly, ...extra });
const paid = (listing: FactRecord, paidOn: string) => fact('TaxPaidInFull', { decisionNumber: listing.data.decisionNumber, paidOn });
const earlyStop = (listing: FactRecord, decidedOn: string, outcome = 'approved') =>
  fact('EarlyRemovalDecided', {
    applicationNumber: `京税停申〔2026〕${++sequence}号`,
    listingDecisionNumber: listing.data.decisionNumber,
    outcome,
    decidedOn,
    reason: '已缴清税款、滞纳金和罚款，且失信信息公布满六个月',
  });

const criteriaOf = (facts: FactRecord[]) =>
  listEntries(facts, rules)
    .filter((e) => e.listType === 'major-tax-case')
    .map((e) => e.criterion);
const measureIds = (facts: FactRecord[], reached: Reached, query: Partial<SpecQuery> = {}) =>
  idsOf(rules, facts, reached, { asOf: '2026-06-01', ...query });

describe('contradiction 3: 国家税务总局令第54号 第六条 — every limb with its own figures (http://glnlw.com/duanxinpingtai/byelyip3ng.html)', () => {
  describe('（一）evasion: 100万 in total across the years AND 10% of the tax payable in any one year', () => {
    it.each([
      [
        'two years 60万 @ 15% and 60万 @ 8%: Σ 120万, one year ≥ 10%',
        true,
        [
          ['600000.00', '4000000.00'],
          ['600000.00', '7500000.00'],
        ],
      ],
      [
        'Σ 999,999.99 across two years, one year at 50%',
        false,
        [
          ['500000.00', '1000000.00'],
          ['499999.99', '9999999.80'],
        ],
      ],
      [
        'Σ exactly 1,000,000 across two years, one year exactly 10%',
        true,
        [
          ['500000.00', '5000000.00'],
          ['500000.00', '9000000.00'],
        ],
      ],
      [
        'Σ 1,000,000, every year 9.99%',
        false,
        [
          ['500000.00', '5005005.00'],
          ['500000.00', '5005005.00'],
        ],
      ],
      ['one year: 1,000,000 at exactly 10%', true, [['1000000.00', '10000000.00']]],
      ['one year: 1,000,000 at 9.99%', false, [['1000000.00', '10010010.02']]],
    ])('%s → listed: %s', (_label, listed, years) => {
      const yearly = (years as string[][]).map(([evadedAmount, taxPayable], i) => ({ year: 2023 + i, evadedAmount, taxPayable }));
      expect(criteriaOf([evasion(yearly)])).toEqual(listed ? ['TAX.54.EVASION'] : []);
    });

    it('the withholding sub-limb needs 100万 of withheld or collected tax unpaid, and no ratio', () => {
      expect(criteriaOf([taxCase('withholding-evasion', { withheldUnpaid: '1000000.00' })])).toEqual(['TAX.54.WITHHOLDING']);
      expect(criteriaOf([taxCase('withholding-evasion', { withheldUnpaid: '999999.99' })])).toEqual([]);
    });
  });

  it.each([
    ['（二）arrears 100万', 'TAX.54.ARREARS', 'arrears-evasion', { arrearsAmount: '1000000.00' }],
    ['（二）arrears 999,999.99', 'not listed', 'arrears-evasion', { arrearsAmount: '999999.99' }],
    ['（三）export refund fraud, no amount', 'TAX.54.NO_AMOUNT', 'export-refund-fraud', {}],
    ['（四）tax resistance, no amount', 'TAX.54.NO_AMOUNT', 'tax-resistance', {}],
    ['（五）虚开专票 with no yearly figures', 'TAX.54.NO_AMOUNT', 'false-special-invoicing', {}],
    ['（六）普票 99 份 and 3,999,999.99', 'not listed', 'false-ordinary-invoicing', { invoiceCount: 99, invoiceAmount: '3999999.99' }],
    ['（六）普票 100 份', 'TAX.54.ORDINARY_INVOICES', 'false-ordinary-invoicing', { invoiceCount: 100, invoiceAmount: '10000.00' }],
    ['（六）普票 4,000,000', 'TAX.54.ORDINARY_INVOICES', 'false-ordinary-invoicing', { invoiceCount: 3, invoiceAmount: '4000000.00' }],
    ['（七）私印发票', 'TAX.54.NO_AMOUNT', 'invoice-forgery', {}],
    ['（八）走逃（失联）', 'TAX.54.NO_AMOUNT', 'absconding', {}],
    ['（九）help causing 100万 unpaid', 'TAX.54.FACILITATING', 'facilitating', { taxLossAmount: '1000000.00' }],
    [
      '（九）help causing export refund fraud',
      'TAX.54.FACILITATING',
      'facilitating',
      { taxLossAmount: '1.00', exportRefundObtained: true },
    ],
    ['（九）help causing 999,999.99', 'not listed', 'facilitating', { taxLossAmount: '999999.99' }],
    ['（十）tax agent causing 100万', 'TAX.54.TAX_AGENT', 'tax-agent', { taxLossAmount: '1000000.00' }],
    ['（十一）determined as otherwise serious', 'TAX.54.NO_AMOUNT', 'other-serious', {}],
    ['a case under no limb', 'not listed', 'other', {}],
  ])('%s → %s', (_label, criterion, violation, figures) => {
    expect(criteriaOf([taxCase(violation, figures)])).toEqual(criterion === 'not listed' ? [] : [criterion]);
  });

  describe('the determination date chooses the text: 公告2018年第54号 until 2022-01-31, 令第54号 from 2022-02-01', () => {
    it.each([
      ['2022-01-31', 'arrears 50万', 'TAX.2018.ARREARS', 'arrears-evasion', { arrearsAmount: '500000.00' }],
      ['2022-02-01', 'arrears 50万', 'not listed', 'arrears-evasion', { arrearsAmount: '500000.00' }],
      ['2022-01-31', 'arrears 99,999.99', 'not listed', 'arrears-evasion', { arrearsAmount: '99999.99' }],
      [
        '2022-01-31',
        '普票 40万',
        'TAX.2018.ORDINARY_INVOICES',
        'false-ordinary-invoicing',
        { invoiceCount: 1, invoiceAmount: '400000.00' },
      ],
      ['2022-02-01', '普票 40万', 'not listed', 'false-ordinary-invoicing', { invoiceCount: 1, invoiceAmount: '400000.00' }],
      ['2022-01-31', '虚开专票', 'TAX.2018.NO_AMOUNT', 'false-special-invoicing', {}],
      ['2022-02-01', '虚开专票', 'TAX.54.NO_AMOUNT', 'false-special-invoicing', {}],
      ['2019-01-01', '虚开专票', 'TAX.2018.NO_AMOUNT', 'false-special-invoicing', {}],
      ['2018-12-31', '虚开专票', 'TAX.2016.NO_AMOUNT', 'false-special-invoicing', {}],
      ['2016-06-01', '虚开专票', 'TAX.2016.NO_AMOUNT', 'false-special-invoicing', {}],
      ['2016-05-31', '虚开专票 (2014 rules: regime not encoded)', 'not listed', 'false-special-invoicing', {}],
    ])('determined %s, %s → %s', (determinedOn, _label, criterion, violation, figures) => {
      const found = listEntries([taxCase(violation, { ...figures, determinedOn, finalOn: determinedOn })], rules).filter(
        (e) => e.listType === 'major-tax-case',
      );
      expect(found.map((e) => e.criterion)).toEqual(criterion === 'not listed' ? [] : [criterion]);
      if (criterion !== 'not listed') expect(found[0].since).toBe(determinedOn);
    });

    it('the entry names the regime it was decided under', () => {
      const [entry] = listEntries([taxCase('false-special-invoicing', { determinedOn: '2022-02-01' })], rules);
      expect(entry).toMatchObject({ regime: { id: 'sat-order-54', documentNumber: '国家税务总局令第54号', effectiveFrom: '2022-02-01' } });
    });
  });

  it('a v1 case, read through the upcaster, lists as it did: from the day it became final', () => {
    const v1 = {
      decisionNumber: '京税稽罚〔2026〕900号',
      decisionDate: '2026-02-10',
      finalOn: '2026-03-15',
      violation: 'evasion',
      yearly: [{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }],
      unpaidAssessedTax: '1200000.00',
      criminalSentence: false,
    };
    const [entry] = listEntries([fact('MajorTaxCaseDecided', majorTaxCaseV1ToV2(v1))], rules);
    expect(entry).toMatchObject({ criterion: 'TAX.54.EVASION', since: '2026-03-15', until: '2029-03-15' });
    expect(listEntries([fact('MajorTaxCaseDecided', majorTaxCaseV1ToV2({ ...v1, violation: 'false-invoicing' }))], rules)).toEqual([]);
  });
});

describe('contradiction 7: payment in full ends only the evasion and arrears limbs under the 2018 公告, and nothing by itself under 令第54号 (http://lnmlw.com/Localtaxation/xspdadtfcs.html; https://csrcare.com/Law/Unscramble?id=9323)', () => {
  const in2021 = { determinedOn: '2021-03-15', finalOn: '2021-03-15' };

  it.each([
    ['evasion', true, { yearly: [{ year: 2020, evadedAmount: '1200000.00', taxPayable: '9000000.00' }] }],
    ['arrears-evasion', true, { arrearsAmount: '200000.00' }],
    ['export-refund-fraud', false, {}],
    ['tax-resistance', false, {}],
    ['false-special-invoicing', false, {}],
  ])('2018 公告: a %s entry paid in full → ended on payment: %s', (violation, ends, figures) => {
    const listing = taxCase(violation, { ...figures, ...in2021 });
    const payment = paid(listing, '2021-07-01');
    const [entry] = listEntries([listing, payment], rules);
    expect(entry.ended?.on).toBe(ends ? '2021-07-01' : undefined);
    expect(entryStatus(entry, '2021-07-01' as LocalDate)).toBe(ends ? 'ended' : 'active');
  });

  describe('令第54号', () => {
    const listing = evasion([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }]);

    it('payment alone ends nothing: the entry runs its 3 years, day before and on the end', () => {
      const [entry] = listEntries([listing, paid(listing, '2026-05-01')], rules);
      expect(entry.ended).toBeUndefined();
      expect(entry.until).toBe('2029-03-20');
      expect(['2029-03-19', '2029-03-20'].map((d) => entryStatus(entry, d as LocalDate))).toEqual(['active', 'expired']);
    });

    it('an approved early stop, after payment and 6 months of publication, ends the entry on its date', () => {
      const stop = earlyStop(listing, '2026-09-20');
      const [entry] = listEntries([listing, paid(listing, '2026-05-01'), stop], rules);
      expect(entry.ended).toMatchObject({ on: '2026-09-20', reason: 'exit', eventId: stop.eventId });
      expect(entry.ended?.flags ?? []).toEqual([]);
    });

    it('an approval at 5 months 30 days ends the entry only when 6 months are full; a refusal ends nothing', () => {
      const [early] = listEntries([listing, paid(listing, '2026-05-01'), earlyStop(listing, '2026-09-19')], rules);
      expect(early.ended?.on).toBe('2026-09-20');
      expect(['2026-09-19', '2026-09-20'].map((d) => entryStatus(early, d as LocalDate))).toEqual(['active', 'ended']);
      const [refused] = listEntries([listing, paid(listing, '2026-05-01'), earlyStop(listing, '2026-10-01', 'refused')], rules);
      expect(refused.ended).toBeUndefined();
    });

    it('an approval without a recorded payment still ends the entry (the authority decided), flagged', () => {
      const [entry] = listEntries([listing, earlyStop(listing, '2026-10-01')], rules);
      expect(entry.ended?.on).toBe('2026-10-01');
      expect(JSON.stringify(entry.ended?.flags)).toContain('paid');
    });
  });
});

describe('contradiction 5: the tax list reaches the 负有直接责任的财务负责人 the decision names, not every finance manager, never the actual controller (https://zc.tongcaizh.com/index.php?id=7268)', () => {
  const named = { person: { idNumber: '110105198001010011', name: '李四' }, position: '财务负责人' };
  const listing = evasion([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }], { directlyResponsible: [named] });
  const held = (role: RoleHeld['role'], idNumber: string): RoleHeld => ({ role, idNumber, from: '2020-01-01' as LocalDate });

  it('reached: the legal representative by role and the finance head the decision names; not a registered finance manager, not the actual controller', () => {
    const [entry] = listEntries([listing], rules);
    const roles = [
      held('legal-representative', '110105197001010022'),
      held('finance-manager', '110105197501010033'),
      held('actual-controller', '110105196501010044'),
    ];
    const reached = personsReached(entry, roles, rules).map((p) => [p.role, p.idNumber]);
    expect(reached.sort()).toEqual(
      [
        ['directly-responsible-person', '110105198001010011'],
        ['legal-representative', '110105197001010022'],
      ].sort(),
    );
  });

  it('a decision that names no finance head reaches no finance manager', () => {
    const [entry] = listEntries([evasion([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }])], rules);
    expect(personsReached(entry, [held('finance-manager', '110105197501010033')], rules)).toEqual([]);
  });

  it.each([
    [ENTERPRISE, ['TAX.CREDIT_REF', 'TAX.D_GRADE', 'TAX.PROCUREMENT']],
    [{ as: 'legal-representative' } as Reached, ['TAX.CREDIT_REF', 'TAX.EXIT_BAN']],
    [{ as: 'directly-responsible-person' } as Reached, ['TAX.CREDIT_REF']],
    [{ as: 'finance-manager' } as Reached, []],
    [{ as: 'actual-controller' } as Reached, []],
  ])('measures for %j', (reached, expected) => {
    expect(measureIds([listing], reached)).toEqual(expected);
  });
});

describe('contradiction 4: the officer ban binds the person sentenced, until 5 years after the sentence was served (2798号 (三); 公司法 2018 art.146, 2023 art.178)', () => {
  const sentence = (extra: Record<string, unknown>) =>
    fact('CriminalSentenceServed', {
      judgmentNumber: `（2019）京0105刑初${++sequence}号`,
      courtName: '北京市朝阳区人民法院',
      offence: 'false-special-invoicing',
      sentencedOn: '2019-09-01',
      suspended: false,
      ...extra,
    });
  const banned = (facts: FactRecord[], asOf: string) => measureIds(facts, PERSON, { asOf, scenario: 'company-officer' });

  it.each([
    ['served 2020-06-30 (公司法 2018)', { servedOn: '2020-06-30' }, '2025-06-29', '2025-06-30'],
    ['served 2024-08-31 (公司法 2023)', { servedOn: '2024-08-31' }, '2029-08-30', '2029-08-31'],
    [
      'suspended, probation ends 2025-03-01 (公司法 2023: 2 years)',
      { suspended: true, probationEndsOn: '2025-03-01' },
      '2027-02-28',
      '2027-03-01',
    ],
  ])('%s: barred the day before the end, free on it', (_label, extra, dayBefore, end) => {
    const served = sentence(extra);
    expect(banned([served], dayBefore)).toEqual(['TAX.OFFICER_BAN']);
    expect(banned([served], end)).toEqual([]);
    const [entry] = listEntries([served], rules);
    expect(entry).toMatchObject({ listType: 'tax-officer-ban', until: end });
  });

  it('a suspended sentence whose probation ended before 2024-07-01 is not encoded (inferred: the 2018 text bars after execution)', () => {
    expect(banned([sentence({ suspended: true, probationEndsOn: '2024-03-01' })], '2024-06-01')).toEqual([]);
  });

  it('independent of any company entry: the ban holds with no tax case, and outlasts the company’s entry', () => {
    const served = sentence({ servedOn: '2024-08-31' });
    expect(banned([served], '2028-01-01')).toEqual(['TAX.OFFICER_BAN']);
  });

  it('a company’s case, even with a sentence, bars none of its officers by role', () => {
    const listing = taxCase('false-special-invoicing');
    for (const role of ['legal-representative', 'finance-manager', 'directly-responsible-person', 'actual-controller'] as const)
      expect(measureIds([listing], { as: role })).not.toContain('TAX.OFFICER_BAN');
    expect(measureIds([listing], PERSON)).not.toContain('TAX.OFFICER_BAN');
  });
});

describe('发改财金〔2016〕2798号: measures, scenarios and explanations', () => {
  const listing = evasion([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }]);

  it('the exit ban only while assessed tax is unpaid; it reaches a natural-person taxpayer', () => {
    const settled = evasion([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }], { unpaidAssessedTax: '0.00' });
    expect(measureIds([settled], { as: 'legal-representative' })).toEqual(['TAX.CREDIT_REF']);
    expect(measureIds([listing], PERSON)).toContain('TAX.EXIT_BAN');
  });

  it('filters by scenario and by implementing department', () => {
    expect(measureIds([listing], ENTERPRISE, { scenario: 'government-procurement' })).toEqual(['TAX.PROCUREMENT']);
    expect(measureIds([listing], ENTERPRISE, { department: '海关总署' })).toEqual([]); // TAX.CUSTOMS_AEO removed: no basis read
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
      because: [
        {
          listType: 'tax-exit-ban',
          criterion: 'TAX.54.EVASION.UNPAID',
          since: '2026-03-20',
          eventIds: [listing.eventId],
          role: 'legal-representative',
        },
      ],
    });
  });
});

describe('1798号 (十九): a black listing removes a red entry, for good', () => {
  const withRed = loadRules('major-tax-cases.yaml', 'a-level-taxpayers.yaml');

  it('the red entry ends the day the black listing starts and does not come back when the black entry ends', () => {
    const rated = fact('TaxCreditRated', { year: 2025, level: 'A', publishedOn: '2025-12-10' });
    const listing = taxCase('false-special-invoicing');
    const entries = listEntries([rated, listing, earlyStop(listing, '2026-10-01')], withRed);
    const red = entries.find((e) => e.color === 'red')!;
    expect(red.ended).toMatchObject({ on: '2026-03-20', reason: 'black-listing', eventId: listing.eventId });
    const incentives = (asOf: string) =>
      applicableMeasures(entries, ENTERPRISE, { asOf: asOf as LocalDate }, withRed)
        .filter((m) => m.kind === 'incentive')
        .map((m) => m.id);
    expect(incentives('2026-03-19')).not.toEqual([]);
    expect(incentives('2026-03-20')).toEqual([]);
    expect(incentives('2026-11-01')).toEqual([]); // the black entry ended on 10-01; the red one stays removed
  });
});

describe('the exit ban lasts while the assessed tax is unpaid (税收征管法第四十四条), not while the case is published', () => {
  const listing = evasion([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }]);
  const banned = (facts: FactRecord[], asOf: string) =>
    measureIds(facts, { as: 'legal-representative' }, { asOf, scenario: 'exit-control' });

  it('unpaid: banned; paid in full on 2026-05-01: free from that day, though the case stays published (令第54号)', () => {
    expect(banned([listing], '2026-06-01')).toEqual(['TAX.EXIT_BAN']);
    const facts = [listing, paid(listing, '2026-05-01')];
    expect(banned(facts, '2026-04-30')).toEqual(['TAX.EXIT_BAN']);
    expect(banned(facts, '2026-05-01')).toEqual([]);
    expect(criteriaOf(facts)).toEqual(['TAX.54.EVASION']);
    expect(
      entryStatus(
        listEntries(facts, rules).find((e) => e.listType === 'major-tax-case')!,
        '2026-06-01' as LocalDate,
      ),
    ).toBe('active');
  });

  it('nothing unpaid at the determination: no exit ban at all', () => {
    expect(
      banned(
        [evasion([{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }], { unpaidAssessedTax: '0.00' })],
        '2026-06-01',
      ),
    ).toEqual([]);
  });

  it('a case that meets no criterion of the tax list bans no one, unpaid or not (the same criteria, criteriaOf)', () => {
    expect(banned([evasion([{ year: 2024, evadedAmount: '900000.00', taxPayable: '9000000.00' }])], '2026-06-01')).toEqual([]);
  });
});
