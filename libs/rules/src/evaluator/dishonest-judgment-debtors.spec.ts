import type { LocalDate } from '#kernel';
import { ENTERPRISE, PERSON, fact, loadRules, measureIds as idsOf, measures as measuresOf, type SpecQuery } from '../testing/rule-spec.js';
import { entryStatus, listEntries, type FactRecord } from './list-entries.js';
import type { Reached } from './measures.js';

const rules = loadRules('dishonest-judgment-debtors.yaml');
const MEMO_141 = '发改财金〔2016〕141号';
const MEMO_2014 = '“构建诚信，惩戒失信”合作备忘录（2014年）';
let sequence = 0;

const listed = (ground: string, extra: Record<string, unknown> = {}) =>
  fact('DishonestDebtorListed', {
    caseNumber: `（2026）京0105执${++sequence}号`,
    courtName: '北京市朝阳区人民法院',
    ground,
    obligation: '支付货款人民币 120000 元及利息',
    basisDocumentNumber: '（2025）京0105民初5678号',
    listedOn: '2026-06-15',
    ...extra,
  });
const deleted = (listing: FactRecord, deletedOn: string) =>
  fact('DishonestDebtorDeleted', { caseNumber: listing.data.caseNumber, reason: '全部履行完毕', deletedOn });

const measureIds = (facts: FactRecord[], reached: Reached, query: Partial<SpecQuery> = {}) =>
  idsOf(rules, facts, reached, { asOf: '2026-07-01', ...query });
const status = (facts: FactRecord[], asOf: string) => entryStatus(listEntries(facts, rules)[0], asOf as LocalDate);

const ALL_SIX = ['DJD.AIR_RAIL', 'DJD.CIVIL_SERVANT', 'DJD.HOTEL_LUXURY', 'DJD.PROCUREMENT', 'DJD.SOE_EXEC', 'DJD.SUBSIDY'];
const UNIT_OFFICERS: Reached[] = [
  { as: 'legal-representative' },
  { as: 'principal-person' },
  { as: 'actual-controller' },
  { as: 'directly-responsible-person' },
];

describe('发改财金〔2016〕141号: listing on the court’s DishonestDebtorListed (法释〔2017〕7号 第一条)', () => {
  it.each([
    ['able-but-refuses', 'DJD.LIST.ABLE_BUT_REFUSES', '（一）'],
    ['obstructs-enforcement', 'DJD.LIST.OBSTRUCTS', '（二）'],
    ['evades-enforcement', 'DJD.LIST.EVADES', '（三）'],
    ['violates-property-reporting', 'DJD.LIST.PROPERTY_REPORTING', '（四）'],
    ['violates-consumption-restriction', 'DJD.LIST.CONSUMPTION_ORDER', '（五）'],
    ['breaks-settlement', 'DJD.LIST.SETTLEMENT', '（六）'],
  ])('ground %s lists the subject through %s', (ground, criterion, item) => {
    const listing = listed(ground);
    const [entry, ...more] = listEntries([listing], rules);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      listType: 'dishonest-judgment-debtor',
      color: 'black',
      memorandum: 'fgcj-2016-141',
      criterion,
      since: '2026-06-15',
      causes: [listing.eventId],
    });
    expect(entry.basis).toMatchObject({ documentNumber: '法释〔2017〕7号', clause: expect.stringContaining(`第一条第${item}项`) });
  });

  it('as of a date before the listing, nothing applies to anyone', () => {
    const listing = listed('able-but-refuses');
    expect(status([listing], '2026-06-14')).toBe('not-yet');
    for (const reached of [PERSON, ENTERPRISE, ...UNIT_OFFICERS])
      expect(measureIds([listing], reached, { asOf: '2026-06-14' })).toEqual([]);
    expect(measureIds([listing], PERSON, { asOf: '2026-06-15' })).toEqual(ALL_SIX);
  });
});

describe('发改财金〔2016〕141号: terms and deletion', () => {
  it('ground (1) has no fixed term: still in force 10 years later, even when the court gave listingYears', () => {
    for (const listing of [listed('able-but-refuses'), listed('able-but-refuses', { listingYears: 2 })]) {
      const [entry] = listEntries([listing], rules);
      expect(entry.termKind).toBe('until-obligation-fulfilled');
      expect(entry.until).toBeUndefined();
      expect(status([listing], '2036-06-15')).toBe('active');
      expect(measureIds([listing], PERSON, { asOf: '2036-06-15' })).toEqual(ALL_SIX);
    }
  });

  it('ground (1) ends on the court’s deletion, from the deletion date', () => {
    const listing = listed('able-but-refuses');
    const deletion = deleted(listing, '2027-03-01');
    const [entry] = listEntries([listing, deletion], rules);
    expect(entry.ended).toMatchObject({
      on: '2027-03-01',
      reason: 'exit',
      eventId: deletion.eventId,
      basis: { documentNumber: '法释〔2017〕7号' },
    });
    expect(measureIds([listing, deletion], PERSON, { asOf: '2027-02-28' })).toEqual(ALL_SIX);
    expect(measureIds([listing, deletion], PERSON, { asOf: '2027-03-01' })).toEqual([]);
    expect(measureIds([listing, deletion], PERSON, { asOf: '2036-06-15' })).toEqual([]);
  });

  it('full performance ends the entry by the third working day after it (official calendar), or earlier on deletion', () => {
    const listing = fact('DishonestDebtorListed', {
      ...listed('able-but-refuses').data,
      caseNumber: '（2024）京0105执9号',
      listedOn: '2024-06-01',
    });
    // 2024-09-27 (Fri): 09-29 (Sun) is a make-up working day, 09-30, then the National Day holiday to 10-07, then 10-08.
    const fulfilled = fact('DishonestDebtorObligationFulfilled', { caseNumber: listing.data.caseNumber, fulfilledOn: '2024-09-27' });
    expect(status([listing, fulfilled], '2024-10-07')).toBe('active');
    expect(status([listing, fulfilled], '2024-10-08')).toBe('ended');
    expect(status([listing, fulfilled, deleted(listing, '2024-09-30')], '2024-09-30')).toBe('ended');
  });

  it('where the official calendar is not published yet, full performance ends the entry on its own date', () => {
    const listing = listed('able-but-refuses');
    const fulfilled = fact('DishonestDebtorObligationFulfilled', { caseNumber: listing.data.caseNumber, fulfilledOn: '2026-12-30' });
    expect(status([listing, fulfilled], '2026-12-29')).toBe('active');
    expect(status([listing, fulfilled], '2026-12-30')).toBe('ended');
  });

  it('a deletion in another case ends nothing; each case is its own entry', () => {
    const first = listed('able-but-refuses');
    const second = listed('breaks-settlement');
    const entries = listEntries([first, second, deleted(second, '2026-09-01')], rules);
    expect(entries.map((e) => [e.criterion, entryStatus(e, '2026-09-01' as LocalDate)])).toEqual([
      ['DJD.LIST.ABLE_BUT_REFUSES', 'active'],
      ['DJD.LIST.SETTLEMENT', 'ended'],
    ]);
    const unrelated = fact('DishonestDebtorDeleted', {
      caseNumber: '（2025）京0105执1号',
      reason: '全部履行完毕',
      deletedOn: '2026-09-01',
    });
    expect(listEntries([first, unrelated], rules)[0].ended).toBeUndefined();
  });

  it('ground (2) is in force for 2 years by default, then expires', () => {
    const listing = listed('obstructs-enforcement');
    const [entry] = listEntries([listing], rules);
    expect(entry).toMatchObject({ termKind: 'fixed', until: '2028-06-15' });
    expect(['2028-06-14', '2028-06-15'].map((d) => status([listing], d))).toEqual(['active', 'expired']);
    expect(measureIds([listing], PERSON, { asOf: '2028-06-14' })).toEqual(ALL_SIX);
    expect(measureIds([listing], PERSON, { asOf: '2028-06-15' })).toEqual([]);
  });

  it('ground (2) with the court’s listingYears runs for that many years instead', () => {
    const listing = listed('obstructs-enforcement', { listingYears: 4 });
    expect(listEntries([listing], rules)[0].until).toBe('2030-06-15');
    expect(['2030-06-14', '2030-06-15'].map((d) => status([listing], d))).toEqual(['active', 'expired']);
  });

  it.each(['evades-enforcement', 'violates-property-reporting', 'violates-consumption-restriction', 'breaks-settlement'])(
    'ground %s also has the 2-year default term',
    (ground) => expect(listEntries([listed(ground)], rules)[0]).toMatchObject({ termKind: 'fixed', until: '2028-06-15' }),
  );

  it('a fixed-term entry ends earlier when the court deletes it', () => {
    const listing = listed('violates-property-reporting', { listingYears: 3 });
    const deletion = deleted(listing, '2027-01-10');
    expect(['2027-01-09', '2027-01-10'].map((d) => status([listing, deletion], d))).toEqual(['active', 'ended']);
  });
});

describe('发改财金〔2016〕141号 and the 2014 memorandum: whom each measure reaches', () => {
  const listing = listed('able-but-refuses');

  it('a natural-person debtor: all six, including the SOE-post and civil-service limits', () => {
    expect(measureIds([listing], PERSON)).toEqual(ALL_SIX);
  });

  it('an enterprise debtor itself: procurement, subsidy and the consumption limits, never the natural-person-only limits', () => {
    expect(measureIds([listing], ENTERPRISE)).toEqual(['DJD.AIR_RAIL', 'DJD.HOTEL_LUXURY', 'DJD.PROCUREMENT', 'DJD.SUBSIDY']);
  });

  it.each(UNIT_OFFICERS.map((r) => [r.as, r]))('the unit’s %s: the air/rail and luxury bans only', (_role, reached) => {
    const ids = measureIds([listing], reached);
    expect(ids).toEqual(['DJD.AIR_RAIL', 'DJD.HOTEL_LUXURY']);
    expect(ids).not.toContain('DJD.SOE_EXEC');
    expect(ids).not.toContain('DJD.CIVIL_SERVANT');
    expect(ids).not.toContain('DJD.PROCUREMENT');
  });

  it('the actual controller is reached by the air/rail ban but not by procurement', () => {
    expect(measureIds([listing], { as: 'actual-controller' })).toContain('DJD.AIR_RAIL');
    expect(measureIds([listing], { as: 'actual-controller' }, { scenario: 'government-procurement' })).toEqual([]);
  });

  it('roles the memorandum does not name are reached by nothing', () => {
    expect(measureIds([listing], { as: 'finance-manager' })).toEqual([]);
    expect(measureIds([listing], { as: 'safety-manager' })).toEqual([]);
  });
});

describe('发改财金〔2016〕141号: scenario and department filtering', () => {
  const listing = listed('obstructs-enforcement');

  it.each([
    ['air-travel', ['DJD.AIR_RAIL']],
    ['rail-travel', ['DJD.AIR_RAIL']],
    ['luxury-consumption', ['DJD.HOTEL_LUXURY']],
    ['government-procurement', ['DJD.PROCUREMENT']],
    ['fiscal-subsidy', ['DJD.SUBSIDY']],
    ['soe-posts', ['DJD.SOE_EXEC']],
    ['civil-service-recruitment', ['DJD.CIVIL_SERVANT']],
    ['exit-control', []],
  ] as const)('scenario %s → %j for a natural-person debtor', (scenario, expected) => {
    expect(measureIds([listing], PERSON, { scenario })).toEqual(expected);
  });

  it('air-travel for the enterprise and for its legal representative → the air/rail ban only', () => {
    expect(measureIds([listing], ENTERPRISE, { scenario: 'air-travel' })).toEqual(['DJD.AIR_RAIL']);
    expect(measureIds([listing], { as: 'legal-representative' }, { scenario: 'air-travel' })).toEqual(['DJD.AIR_RAIL']);
  });

  it('by implementing department', () => {
    expect(measureIds([listing], PERSON, { department: '民航局' })).toEqual(['DJD.AIR_RAIL']);
    expect(measureIds([listing], PERSON, { department: '财政部' })).toEqual(['DJD.PROCUREMENT', 'DJD.SUBSIDY']);
    expect(measureIds([listing], PERSON, { department: '中国铁路总公司' })).toEqual(['DJD.AIR_RAIL']);
    expect(measureIds([listing], PERSON, { department: '安康市中级人民法院' })).toEqual(['DJD.AIR_RAIL', 'DJD.HOTEL_LUXURY']);
    expect(measureIds([listing], PERSON, { department: '国资委' })).toEqual(['DJD.SOE_EXEC']);
    expect(measureIds([listing], PERSON, { department: '公务员局' })).toEqual(['DJD.CIVIL_SERVANT']);
  });
});

describe('发改财金〔2016〕141号: explanations', () => {
  const listing = listed('able-but-refuses');
  const applied = measuresOf(rules, [listing], PERSON, { asOf: '2026-07-01' });

  it('every measure names its memorandum and explains its basis with the memorandum’s 文号', () => {
    expect(applied.map((m) => m.id).sort()).toEqual(ALL_SIX);
    for (const measure of applied) {
      const memorandum = rules.document.memoranda.find((m) => m.id === measure.memorandum)!;
      if (measure.id === 'DJD.AIR_RAIL') {
        expect(measure.memorandum).toBe('goujian-chengxin-2014');
        expect(memorandum.signatories).toContain('民航局');
        expect(measure.basis.documentNumber).toBe(MEMO_2014);
      } else {
        expect(measure.memorandum).toBe('fgcj-2016-141');
        expect(memorandum.documentNumber).toBe(MEMO_141);
        expect(measure.basis.documentNumber).toBe(MEMO_141);
      }
      expect(measure.basis.sources.length).toBeGreaterThan(0);
      expect(measure.because).toEqual([
        expect.objectContaining({
          listType: 'dishonest-judgment-debtor',
          criterion: 'DJD.LIST.ABLE_BUT_REFUSES',
          since: '2026-06-15',
          eventIds: [listing.eventId],
        }),
      ]);
    }
  });

  it('民航局 signed the 2014 memorandum, not 141', () => {
    const [memo141, memo2014] = ['fgcj-2016-141', 'goujian-chengxin-2014'].map((id) => rules.document.memoranda.find((m) => m.id === id)!);
    expect(memo141.signatories).toHaveLength(44);
    expect(memo141.signatories).not.toContain('民航局');
    expect(memo2014.signatories).toContain('民航局');
  });

  it('keeps the notes’ marks: local texts flagged, unread bodies marked inferred', () => {
    const byId = new Map(applied.map((m) => [m.id, m]));
    for (const id of ['DJD.PROCUREMENT', 'DJD.SUBSIDY', 'DJD.SOE_EXEC']) expect(byId.get(id)!.basis.local).toBe(true);
    for (const measure of applied) expect(measure.inferred).toEqual(expect.any(String));
  });

  it('a reached officer sees the role through which the measure reaches them', () => {
    const [measure] = measuresOf(rules, [listing], { as: 'actual-controller' }, { asOf: '2026-07-01', scenario: 'air-travel' });
    expect(measure).toMatchObject({
      id: 'DJD.AIR_RAIL',
      departments: ['人民法院', '中国民用航空局', '中国国家铁路集团有限公司'],
      because: [{ role: 'actual-controller', eventIds: [listing.eventId] }],
    });
  });

  it('loads beside the tax memorandum without id collisions', () => {
    expect(() => loadRules('major-tax-cases.yaml', 'dishonest-judgment-debtors.yaml')).not.toThrow();
  });
});

/**
 * 法释〔2017〕7号 第十条 (http://gg.shydyy.com.cn/bljlxf/29808.html): "被执行人已履行生效法律文书确定的义务…人民法院应当在三个工作日内
 * 删除失信信息。有纳入期限的，不适用前款规定。纳入期限届满后三个工作日内，人民法院应当删除失信信息". Legal review E2.
 */
describe('contradiction 6: full performance forces deletion only for ground (1); a fixed-term entry stays to its term or the court’s deletion', () => {
  const at = (ground: string) => {
    const listing = fact('DishonestDebtorListed', { ...listed(ground).data, listedOn: '2024-01-10' });
    // 2024-06-03 is a Monday: the third working day after it is Thursday 2024-06-06.
    const fulfilled = fact('DishonestDebtorObligationFulfilled', { caseNumber: listing.data.caseNumber, fulfilledOn: '2024-06-03' });
    return { listing, fulfilled };
  };
  const ON = ['2024-06-05', '2024-06-06', '2026-01-09', '2026-01-10'];

  it.each([
    ['（一）able-but-refuses', 'able-but-refuses', 'DJD.LIST.ABLE_BUT_REFUSES', ['active', 'ended', 'ended', 'ended']],
    ['（二）obstructs-enforcement', 'obstructs-enforcement', 'DJD.LIST.OBSTRUCTS', ['active', 'active', 'active', 'expired']],
    ['（三）evades-enforcement', 'evades-enforcement', 'DJD.LIST.EVADES', ['active', 'active', 'active', 'expired']],
    [
      '（四）violates-property-reporting',
      'violates-property-reporting',
      'DJD.LIST.PROPERTY_REPORTING',
      ['active', 'active', 'active', 'expired'],
    ],
    [
      '（五）violates-consumption-restriction',
      'violates-consumption-restriction',
      'DJD.LIST.CONSUMPTION_ORDER',
      ['active', 'active', 'active', 'expired'],
    ],
    ['（六）breaks-settlement', 'breaks-settlement', 'DJD.LIST.SETTLEMENT', ['active', 'active', 'active', 'expired']],
  ])(
    'ground %s (%s, %s), listed 2024-01-10, performed 2024-06-03 → %j on 2024-06-05, 06-06, 2026-01-09, 01-10',
    (_label, ground, criterion, expected) => {
      const { listing, fulfilled } = at(ground);
      const [entry] = listEntries([listing, fulfilled], rules);
      expect(entry).toMatchObject({ criterion, regime: { id: 'spc-2017-7', documentNumber: '法释〔2017〕7号' } });
      expect(ON.map((d) => status([listing, fulfilled], d))).toEqual(expected);
      expect(measureIds([listing, fulfilled], PERSON, { asOf: '2024-06-06' })).toEqual(ground === 'able-but-refuses' ? [] : ALL_SIX);
    },
  );

  it('the performance exit names its ground: it is scoped to DJD.LIST.ABLE_BUT_REFUSES and cites art.10 ¶2', () => {
    const { listing, fulfilled } = at('able-but-refuses');
    expect(listEntries([listing, fulfilled], rules)[0].ended).toMatchObject({
      on: '2024-06-06',
      eventId: fulfilled.eventId,
      basis: { documentNumber: '法释〔2017〕7号', clause: expect.stringContaining('有纳入期限的，不适用前款规定') },
    });
  });

  it('a fixed-term entry ends on the court’s deletion (discretionary early deletion, art.2 ¶2), performed or not', () => {
    const { listing, fulfilled } = at('violates-property-reporting');
    const deletion = deleted(listing, '2024-07-01');
    expect(['2024-06-30', '2024-07-01'].map((d) => status([listing, fulfilled, deletion], d))).toEqual(['active', 'ended']);
  });
});

/** 法释〔2013〕17号 (2013-10-01 to 2017-04-30) and 法释〔2017〕7号 (from 2017-05-01), chosen by the listing decision's date. */
describe('contradiction 6: the regime of the listing decision decides the term and the exits', () => {
  const on = (ground: string, listedOn: string) => fact('DishonestDebtorListed', { ...listed(ground).data, listedOn });
  const performed = (listing: FactRecord, fulfilledOn: string) =>
    fact('DishonestDebtorObligationFulfilled', { caseNumber: listing.data.caseNumber, fulfilledOn });

  it('a listing decided before 2013-10-01 is under no encoded regime: no entry', () => {
    expect(listEntries([on('obstructs-enforcement', '2013-09-30')], rules)).toEqual([]);
  });

  it.each([
    ['2013-10-01', 'spc-2013-17', 'DJD.2013.OBSTRUCTS', undefined],
    ['2017-04-30', 'spc-2013-17', 'DJD.2013.OBSTRUCTS', undefined],
    ['2017-05-01', 'spc-2017-7', 'DJD.LIST.OBSTRUCTS', '2019-05-01'],
  ])('ground obstructs-enforcement decided %s → %s (%s), until %s', (listedOn, regime, criterion, until) => {
    const [entry] = listEntries([on('obstructs-enforcement', listedOn)], rules);
    expect(entry).toMatchObject({ regime: { id: regime }, criterion, since: listedOn });
    expect(entry.until).toBe(until);
  });

  it('under the 2013 rules every ground has no term, and full performance ends it (also after 2017-05-01): 3 working days', () => {
    const listing = on('obstructs-enforcement', '2017-04-30');
    expect(status([listing], '2030-01-01')).toBe('active');
    // 2018-03-05 is a Monday: deleted by Thursday 2018-03-08.
    const fulfilled = performed(listing, '2018-03-05');
    expect(['2018-03-07', '2018-03-08'].map((d) => status([listing, fulfilled], d))).toEqual(['active', 'ended']);
    expect(listEntries([listing, fulfilled], rules)[0].ended!.basis).toMatchObject({ documentNumber: '法释〔2013〕17号' });
  });

  it('the same ground decided 2017-05-01: performance ends nothing, the 2-year term does', () => {
    const listing = on('obstructs-enforcement', '2017-05-01');
    const fulfilled = performed(listing, '2018-03-05');
    expect(['2018-03-08', '2019-04-30', '2019-05-01'].map((d) => status([listing, fulfilled], d))).toEqual(['active', 'active', 'expired']);
  });
});
