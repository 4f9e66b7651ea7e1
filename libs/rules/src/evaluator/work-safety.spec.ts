import { FactCatalogue, withDerivedFields } from '#credit';
import type { LocalDate } from '#kernel';
import { ENTERPRISE, fact, loadRules, measureIds as idsOf, type SpecQuery } from '../testing/rule-spec.js';
import { listCandidates } from './candidates.js';
import { entryStatus, listEntries, type FactRecord } from './list-entries.js';
import type { Reached } from './measures.js';

/*
 * Sources: 生产安全事故报告和调查处理条例 第三条 (http://daszuowen.cn/zuoye/18548039); 安监总办〔2017〕49号
 * (http://www.esafety.cn/law/hyfg/zhonghe/119364.html); 应急管理部令第11号 (http://www.kmsl.gov.cn/c/2024-12-31/6949432.shtml,
 * grounds https://ccin.com.cn/detail/be06cc79634e1d8075eaf3f28295347d/news, term and early removal [local]
 * http://122.224.56.14:8082/api/wap.php?U=10xD.html). Notes: docs/law/lists/work-safety.md.
 */
const rules = loadRules('work-safety.yaml');
const catalogue = new FactCatalogue();
let sequence = 0;

const SERIOUS = 'work-safety-serious-dishonesty';
// SAFETY.STANDARDISATION is removed (no basis read); the market ban (安全生产法第九十四条第三款) reaches the 主要负责人 only.
const SAFETY_SUPERVISION = ['SAFETY.INTERVIEW', 'SAFETY.KEY_TARGET', 'SAFETY.MORE_INSPECTIONS'];
const ALL = SAFETY_SUPERVISION;
const PRINCIPAL = ['SAFETY.INTERVIEW', 'SAFETY.KEY_TARGET', 'SAFETY.MORE_INSPECTIONS'];

/** A fact as the rules read it once recorded: with the fields the catalogue derives (the accident class). */
const recorded = (type: string, data: Record<string, unknown>) => fact(type, withDerivedFields(catalogue.get(type)!, data));

const accident = (data: Record<string, unknown> = {}) =>
  recorded('WorkSafetyAccidentDetermined', {
    reportNumber: `应急批〔${++sequence}〕号`,
    occurredOn: '2022-03-03',
    determinedOn: '2022-06-30',
    deaths: 0,
    seriousInjuries: 0,
    directLoss: '100.0',
    responsibility: 'main',
    sector: 'hazardous-chemicals',
    ...data,
  });

const violation = (data: Record<string, unknown> = {}) =>
  recorded('WorkSafetyViolationFound', {
    decisionNumber: `应急罚〔${++sequence}〕号`,
    foundOn: '2022-04-02',
    violation: '瞒报生产安全事故',
    ground: 'concealed-accident',
    sector: 'hazardous-chemicals',
    ...data,
  });

const reportOf = (f: FactRecord) => (f.data.reportNumber ?? f.data.decisionNumber) as string;

/** 令第11号 第四条: the written listing decision of the department that imposed the penalty. */
const listingDecided = (grounds: FactRecord[], listedOn: string) =>
  fact('ListingDecided', {
    decisionNumber: `应急列〔${++sequence}〕号`,
    listType: SERIOUS,
    listedOn,
    grounds: grounds.map(reportOf),
    basis: '应急管理部令第11号',
  });

const noticeServed = (grounds: FactRecord[], servedOn: string) =>
  fact('ListingNoticeServed', { noticeNumber: `应急告〔${++sequence}〕号`, listType: SERIOUS, grounds: grounds.map(reportOf), servedOn });

const earlyRemoval = (listing: FactRecord, decidedOn: string, outcome: 'approved' | 'refused' = 'approved') => {
  const applicationNumber = `应急移申〔${++sequence}〕号`;
  return [
    fact('EarlyRemovalApplied', {
      applicationNumber,
      listingDecisionNumber: listing.data.decisionNumber,
      appliedOn: decidedOn,
      commitmentMade: true,
    }),
    fact('EarlyRemovalDecided', {
      applicationNumber,
      listingDecisionNumber: listing.data.decisionNumber,
      outcome,
      decidedOn,
      reason: '申请提前移出',
    }),
  ];
};

const removal = (reference: unknown, approvedOn: string) => fact('WorkSafetyRemovalApproved', { reference, approvedOn });

const criteria = (facts: FactRecord[]) => listEntries(facts, rules).map((e) => e.criterion);
const candidates = (facts: FactRecord[], asOf = '2026-06-01') => listCandidates(facts, rules, asOf as LocalDate).map((c) => c.criterion);

const measureIds = (facts: FactRecord[], reached: Reached, query: Partial<SpecQuery> = {}) =>
  idsOf(rules, facts, reached, { asOf: '2022-09-01', ...query });

describe('contradiction 2: from 2023-10-01 one 较大 accident no longer lists (应急管理部令第11号 replaces 安监总办〔2017〕49号)', () => {
  it.each([
    ['2023-09-30', ['SAFETY.LIST.MAJOR_ACCIDENT']],
    ['2023-10-01', []],
  ])('one 较大 accident (3 deaths) determined %s → entries %j', (determinedOn, expected) => {
    expect(criteria([accident({ deaths: 3, occurredOn: '2023-06-01', determinedOn })])).toEqual(expected);
  });

  it('the 49号 entry names its regime', () => {
    const [entry] = listEntries([accident({ deaths: 3, occurredOn: '2023-06-01', determinedOn: '2023-09-30' })], rules);
    expect(entry.regime).toMatchObject({ id: 'ajzb-2017-49', documentNumber: '安监总办〔2017〕49号', effectiveUntil: '2023-10-01' });
  });

  it('from 2023-10-01 a single 较大 accident is no candidate; a decision listing on it alone is flagged criteria-not-met', () => {
    const larger = accident({ deaths: 3, occurredOn: '2023-09-20', determinedOn: '2023-10-01' });
    expect(candidates([larger])).toEqual([]);
    const decided = listingDecided([larger], '2023-10-15');
    const [entry] = listEntries([larger, decided], rules);
    expect(entry).toMatchObject({ listType: SERIOUS, since: '2023-10-15', regime: { id: 'mem-order-11' } });
    expect(entry.flags?.map((f) => f.code)).toContain('criteria-not-met');
  });

  it('an accident determined before 2017-05-09 lists under no regime', () => {
    expect(criteria([accident({ deaths: 5, occurredOn: '2017-01-01', determinedOn: '2017-05-08' })])).toEqual([]);
    expect(criteria([accident({ deaths: 5, occurredOn: '2017-01-01', determinedOn: '2017-05-09' })])).toEqual([
      'SAFETY.LIST.MAJOR_ACCIDENT',
    ]);
  });
});

describe('contradiction 2: 令第11号 lists a 特别重大 or 重大 accident only by the listing decision', () => {
  const major = () => accident({ deaths: 10, occurredOn: '2024-02-01', determinedOn: '2024-08-01' });

  it('an accident without a decision makes the unit a candidate, with the 告知 step still missing', () => {
    const found = major();
    expect(listEntries([found], rules)).toEqual([]);
    const [candidate] = listCandidates([found], rules, '2024-09-01' as LocalDate);
    expect(candidate).toMatchObject({
      listType: SERIOUS,
      criterion: 'SAFETY.11.MAJOR_ACCIDENT',
      regime: { id: 'mem-order-11' },
      qualifyingFact: { eventId: found.eventId },
      steps: [{ id: 'notice-served', done: false }],
    });
  });

  it('the decision lists the unit from its date for 3 years, naming the decision, the accident and the notice', () => {
    const found = major();
    const notice = noticeServed([found], '2024-08-20');
    const decided = listingDecided([found], '2024-09-10');
    const [entry] = listEntries([found, notice, decided], rules);
    expect(entry).toMatchObject({
      listType: SERIOUS,
      criterion: 'SAFETY.11.MAJOR_ACCIDENT',
      since: '2024-09-10',
      until: '2027-09-10',
      regime: { id: 'mem-order-11', documentNumber: '应急管理部令第11号' },
      causes: [decided.eventId, found.eventId, notice.eventId],
      basis: { documentNumber: '应急管理部令第11号' },
    });
    expect(entry.flags ?? []).toEqual([]);
    expect(candidates([found, notice, decided])).toEqual([]);
  });

  it('the 3-year term ends by itself: active the day before, expired on the third anniversary', () => {
    const found = major();
    const [entry] = listEntries([found, noticeServed([found], '2024-08-20'), listingDecided([found], '2024-09-10')], rules);
    expect(entryStatus(entry, '2027-09-09' as LocalDate)).toBe('active');
    expect(entryStatus(entry, '2027-09-10' as LocalDate)).toBe('expired');
  });

  it('a decision without the notice still lists, flagged step-missing', () => {
    const found = major();
    const [entry] = listEntries([found, listingDecided([found], '2024-09-10')], rules);
    expect(entry.flags).toEqual([expect.objectContaining({ code: 'step-missing' })]);
  });

  it.each([
    ['9 deaths (较大)', [], { deaths: 9 }],
    ['10 deaths (重大)', ['SAFETY.11.MAJOR_ACCIDENT'], { deaths: 10 }],
    ['49 serious injuries (较大)', [], { seriousInjuries: 49 }],
    ['50 serious injuries (重大)', ['SAFETY.11.MAJOR_ACCIDENT'], { seriousInjuries: 50 }],
    ['4999.99万元 (较大)', [], { directLoss: '4999.99' }],
    ['5000万元 (重大)', ['SAFETY.11.MAJOR_ACCIDENT'], { directLoss: '5000' }],
    ['30 deaths (特别重大)', ['SAFETY.11.MAJOR_ACCIDENT'], { deaths: 30 }],
  ])('%s → candidate %j', (_label, expected, data) => {
    expect(candidates([accident({ occurredOn: '2024-02-01', determinedOn: '2024-08-01', ...data })])).toEqual(expected);
  });

  it.each([
    ['a sector art.2 names (危险化学品)', ['SAFETY.11.MAJOR_ACCIDENT'], 'hazardous-chemicals'],
    ['a sector art.2 does not name (其他, e.g. 建筑施工)', [], 'other'],
    ['no sector recorded', [], undefined],
  ])('%s → candidate %j', (_label, expected, sector) => {
    expect(candidates([accident({ deaths: 12, occurredOn: '2024-02-01', determinedOn: '2024-08-01', sector })])).toEqual(expected);
  });
});

describe('contradiction 2: 令第11号 lists two or more 较大 accidents within 12 months (by the dates they occurred)', () => {
  const larger = (occurredOn: string) => accident({ deaths: 3, occurredOn, determinedOn: '2025-06-01' });

  it.each([
    ['11 months 30 days apart (2024-01-11, 2025-01-10)', ['SAFETY.11.TWO_LARGER_ACCIDENTS'], '2024-01-11'],
    ['exactly 12 months apart (2024-01-10, 2025-01-10)', [], '2024-01-10'],
    ['12 months and 1 day apart (2024-01-09, 2025-01-10)', [], '2024-01-09'],
  ])('%s → candidate %j', (_label, expected, first) => {
    expect(candidates([larger(first), larger('2025-01-10')])).toEqual(expected);
  });

  it('the decision naming the second accident lists the unit, unflagged', () => {
    const first = larger('2024-06-01');
    const second = larger('2025-01-10');
    const decided = listingDecided([second], '2025-07-01');
    const [entry] = listEntries([first, second, noticeServed([second], '2025-06-15'), decided], rules);
    expect(entry).toMatchObject({ criterion: 'SAFETY.11.TWO_LARGER_ACCIDENTS', since: '2025-07-01', until: '2028-07-01' });
    expect(entry.flags ?? []).toEqual([]);
  });

  it('one 较大 and one 一般 accident within 12 months: no candidate', () => {
    expect(candidates([larger('2024-06-01'), accident({ deaths: 2, occurredOn: '2025-01-10', determinedOn: '2025-06-01' })])).toEqual([]);
  });
});

describe('contradiction 2: three fatal 一般 accidents within a year list under 49号 only (the limb is gone from 令第11号)', () => {
  const fatal = (determinedOn: string) => accident({ deaths: 1, occurredOn: determinedOn, determinedOn });

  it('before 2023-10-01: the third lists the unit', () => {
    expect(criteria([fatal('2022-01-10'), fatal('2022-05-20'), fatal('2022-12-01')])).toEqual(['SAFETY.LIST.FATAL_GENERAL_ACCIDENTS']);
  });

  it('from 2023-10-01: no entry and no candidate', () => {
    const facts = [fatal('2024-01-10'), fatal('2024-05-20'), fatal('2024-12-01')];
    expect(listEntries(facts, rules)).toEqual([]);
    expect(candidates(facts)).toEqual([]);
  });
});

describe('contradiction 2: early removal under 令第11号 on application after 12 months ([local] 山西)', () => {
  const listed = () => {
    const found = accident({ deaths: 10, occurredOn: '2024-02-01', determinedOn: '2024-08-01' });
    const notice = noticeServed([found], '2024-08-20');
    const decided = listingDecided([found], '2024-09-10');
    return { facts: [found, notice, decided], decided };
  };

  it('approved 12 months after the listing: ends on the approval date', () => {
    const { facts, decided } = listed();
    const [entry] = listEntries([...facts, ...earlyRemoval(decided, '2025-09-10')], rules);
    expect(entry.ended).toMatchObject({ on: '2025-09-10', reason: 'exit' });
    expect(entry.ended?.flags ?? []).toEqual([]);
  });

  it('approved at 11 months: ends only when the 12 months are over (the authority decided; the minimum holds)', () => {
    const { facts, decided } = listed();
    const [entry] = listEntries([...facts, ...earlyRemoval(decided, '2025-08-10')], rules);
    expect(entry.ended?.on).toBe('2025-09-10');
    expect(entryStatus(entry, '2025-09-09' as LocalDate)).toBe('active');
    expect(entryStatus(entry, '2025-09-10' as LocalDate)).toBe('ended');
  });

  it('approved without an application on record: ends, flagged precondition-missing', () => {
    const { facts, decided } = listed();
    const [, approved] = earlyRemoval(decided, '2025-09-10');
    const [entry] = listEntries([...facts, approved], rules);
    expect(entry.ended?.on).toBe('2025-09-10');
    expect(entry.ended?.flags).toEqual([expect.objectContaining({ code: 'precondition-missing', requirement: 'application' })]);
  });

  it('a refused application ends nothing', () => {
    const { facts, decided } = listed();
    expect(listEntries([...facts, ...earlyRemoval(decided, '2025-10-01', 'refused')], rules)[0].ended).toBeUndefined();
  });
});

describe('contradiction 2: the violation grounds of 令第11号 (as far as the sources give them)', () => {
  it.each([
    ['瞒报、谎报', ['SAFETY.11.VIOLATION'], 'concealed-accident'],
    ['机构出具虚假报告', ['SAFETY.11.VIOLATION'], 'institution-fraud'],
    ['迟报 or a 49号 behaviour 11号 dropped', [], 'other'],
    ['no ground recorded', [], undefined],
  ])('%s → candidate %j', (_label, expected, ground) => {
    expect(candidates([violation({ foundOn: '2024-04-02', ground })])).toEqual(expected);
  });

  it('a decision naming the penalty decision lists the unit on 11号', () => {
    const found = violation({ foundOn: '2024-04-02' });
    const [entry] = listEntries([found, noticeServed([found], '2024-04-20'), listingDecided([found], '2024-05-06')], rules);
    expect(entry).toMatchObject({ criterion: 'SAFETY.11.VIOLATION', since: '2024-05-06', until: '2027-05-06' });
  });
});

// 安监总办〔2017〕49号, for determinations from 2017-05-09 to 2023-09-30: today's rules, bounded by their regime.

describe('安监总办〔2017〕49号: a 较大 or worse liability accident lists the unit (以上 includes the number)', () => {
  it.each([
    ['2 deaths', false, { deaths: 2 }],
    ['3 deaths', true, { deaths: 3 }],
    ['9 serious injuries', false, { seriousInjuries: 9 }],
    ['10 serious injuries', true, { seriousInjuries: 10 }],
    ['999.99万元 direct loss', false, { directLoss: '999.99' }],
    ['1000万元 direct loss', true, { directLoss: '1000' }],
    ['1000.00万元 direct loss', true, { directLoss: '1000.00' }],
    ['no direct loss recorded, 2 deaths', false, { deaths: 2, directLoss: undefined }],
  ])('%s → listed: %s', (_label, listed, data) => {
    expect(criteria([accident(data)])).toEqual(listed ? ['SAFETY.LIST.MAJOR_ACCIDENT'] : []);
  });

  it('the entry starts on the determination date and names its criterion, basis and event', () => {
    const major = accident({ deaths: 4 });
    const [entry] = listEntries([major], rules);
    expect(entry).toMatchObject({
      listType: 'work-safety-accident-unit',
      color: 'black',
      memorandum: 'fgcj-2016-1001',
      since: '2022-06-30',
      termKind: 'fixed',
      causes: [major.eventId],
      basis: { documentNumber: '安监总办〔2017〕49号' },
    });
    expect(entry.until).toBe('2023-06-30');
  });

  it('a 较大 accident is listed on its own limb and does not count towards the three 一般 accidents', () => {
    const facts = [
      accident({ deaths: 1, determinedOn: '2022-02-01' }),
      accident({ deaths: 5, determinedOn: '2022-03-01' }),
      accident({ deaths: 1, determinedOn: '2022-04-01' }),
    ];
    expect(criteria(facts)).toEqual(['SAFETY.LIST.MAJOR_ACCIDENT']);
  });
});

describe('安监总办〔2017〕49号: 3 or more fatal 一般 accidents within 1 year', () => {
  const fatal = (determinedOn: string) => accident({ deaths: 1, determinedOn });

  it('two within a year: not listed; the third within the year lists the unit from its determination date', () => {
    const first = fatal('2022-01-10');
    const second = fatal('2022-05-20');
    expect(listEntries([first, second], rules)).toEqual([]);
    const third = fatal('2022-12-01');
    const [entry] = listEntries([first, second, third], rules);
    expect(entry).toMatchObject({ criterion: 'SAFETY.LIST.FATAL_GENERAL_ACCIDENTS', since: '2022-12-01', causes: [third.eventId] });
    expect(listEntries([first, second, third], rules)).toHaveLength(1);
  });

  it('the window is one year back from the third: an accident exactly a year before does not count', () => {
    expect(listEntries([fatal('2022-01-10'), fatal('2022-07-01'), fatal('2023-01-10')], rules)).toEqual([]);
    expect(criteria([fatal('2022-01-11'), fatal('2022-07-01'), fatal('2023-01-10')])).toEqual(['SAFETY.LIST.FATAL_GENERAL_ACCIDENTS']);
  });

  it('accidents without deaths do not count', () => {
    const injuries = (determinedOn: string) => accident({ seriousInjuries: 2, determinedOn });
    expect(listEntries([fatal('2022-01-10'), injuries('2022-02-10'), fatal('2022-03-10'), injuries('2022-04-10')], rules)).toEqual([]);
  });

  it('a fourth within the year lists again (each completing accident is its own entry)', () => {
    const facts = [fatal('2022-01-10'), fatal('2022-02-10'), fatal('2022-03-10'), fatal('2022-04-10')];
    expect(listEntries(facts, rules).map((e) => e.since)).toEqual(['2022-03-10', '2022-04-10']);
  });
});

describe('安监总办〔2017〕49号: the other listed behaviours', () => {
  it('a violation finding lists the unit on the violation list from the finding date', () => {
    const found = violation({ violation: '被责令停产整顿仍从事生产经营活动', ground: 'other' });
    const [entry] = listEntries([found], rules);
    expect(entry).toMatchObject({
      listType: 'work-safety-violation-unit',
      criterion: 'SAFETY.LIST.VIOLATION',
      since: '2022-04-02',
      termKind: 'fixed',
    });
    expect(measureIds([found], ENTERPRISE)).toEqual(ALL);
  });

  it('a finding dated from 2023-10-01 does not list under 49号', () => {
    expect(criteria([violation({ foundOn: '2023-10-01', ground: 'other' })])).toEqual([]);
  });
});

describe('安监总办〔2017〕49号: 联合惩戒期限为1年 — the entry ends when its year is over (no 49号 approval can be given after 2023-10-01)', () => {
  const major = accident({ deaths: 3 });

  it('is not in force before the accident is determined', () => {
    const [entry] = listEntries([major], rules);
    expect(entryStatus(entry, '2022-06-29' as LocalDate)).toBe('not-yet');
    expect(measureIds([major], ENTERPRISE, { asOf: '2022-06-29' })).toEqual([]);
    expect(measureIds([major], ENTERPRISE, { asOf: '2022-06-30' })).toEqual(ALL);
  });

  it('is in force for its year and over when the year is over, approved or not', () => {
    const [entry] = listEntries([major], rules);
    expect(['2023-06-29', '2023-06-30', '2024-06-30'].map((d) => entryStatus(entry, d as LocalDate))).toEqual([
      'active',
      'expired',
      'expired',
    ]);
  });

  it('ends on the approval date of a removal naming the accident report', () => {
    const approved = removal(major.data.reportNumber, '2023-07-15');
    const [entry] = listEntries([major, approved], rules);
    expect(entry.ended).toMatchObject({
      on: '2023-07-15',
      reason: 'exit',
      eventId: approved.eventId,
      basis: { documentNumber: '安监总办〔2017〕49号' },
    });
    expect(measureIds([major, approved], ENTERPRISE, { asOf: '2023-06-29' })).toEqual(ALL);
    expect(measureIds([major, approved], ENTERPRISE, { asOf: '2023-06-30' })).toEqual([]);
  });

  it('a removal approved within the first year takes effect only when the year is over (1 year, removal not automatic)', () => {
    const early = removal(major.data.reportNumber, '2022-10-01');
    const [entry] = listEntries([major, early], rules);
    expect(entry.ended).toMatchObject({ on: '2023-06-30', eventId: early.eventId });
  });

  it('a removal naming another report ends nothing', () => {
    const other = removal('京应急批〔2021〕1号', '2023-07-15');
    expect(listEntries([major, other], rules)[0].ended).toBeUndefined();
  });

  it('a violation entry ends on a removal naming the violation decision, not the accident report', () => {
    const found = violation({ ground: 'other' });
    const approved = removal(found.data.decisionNumber, '2023-05-01');
    const entries = listEntries([major, found, approved], rules);
    expect(entries.map((e) => [e.listType, e.ended?.on])).toEqual([
      ['work-safety-accident-unit', undefined],
      ['work-safety-violation-unit', '2023-05-01'],
    ]);
  });
});

describe('发改财金〔2016〕1001号: whom each measure reaches', () => {
  const major = accident({ deaths: 3 });

  it('the unit itself: the supervision measures, not the market ban (art.94 ¶3 bars the 主要负责人)', () => {
    expect(measureIds([major], ENTERPRISE)).toEqual(ALL);
  });

  it('the principal person: the supervision measures and the market ban', () => {
    expect(measureIds([major], { as: 'principal-person' })).toEqual(PRINCIPAL);
  });

  it('the safety manager and the directly responsible persons: the safety-supervision measures, not the market ban', () => {
    expect(measureIds([major], { as: 'safety-manager' })).toEqual(SAFETY_SUPERVISION);
    expect(measureIds([major], { as: 'directly-responsible-person' })).toEqual(SAFETY_SUPERVISION);
  });

  it('the legal representative: the measures on the unit and its persons, not the interview nor the market ban', () => {
    expect(measureIds([major], { as: 'legal-representative' })).toEqual(['SAFETY.KEY_TARGET', 'SAFETY.MORE_INSPECTIONS']);
  });

  it('never the actual controller nor a finance head, whom the memorandum does not name', () => {
    expect(measureIds([major], { as: 'actual-controller' })).toEqual([]);
    expect(measureIds([major], { as: 'finance-manager' })).toEqual([]);
  });
});

describe('发改财金〔2016〕1001号: scenarios and explanations', () => {
  const major = accident({ deaths: 3 });

  it('filters by scenario', () => {
    expect(measureIds([major], ENTERPRISE, { scenario: 'market-access' })).toEqual([]);
    expect(measureIds([major], { as: 'principal-person' }, { scenario: 'market-access' })).toEqual([]);
    expect(measureIds([major], ENTERPRISE, { scenario: 'supervision' })).toEqual(SAFETY_SUPERVISION);
    expect(measureIds([major], ENTERPRISE, { scenario: 'government-procurement' })).toEqual([]);
  });

  it('filters by implementing department', () => {
    expect(measureIds([major], ENTERPRISE, { department: '应急管理部' })).toEqual(ALL);
    expect(measureIds([major], ENTERPRISE, { department: '安康市应急管理局' })).toEqual(ALL);
    expect(measureIds([major], ENTERPRISE, { department: '国家安全生产监督管理总局' })).toEqual(ALL);
    expect(measureIds([major], { as: 'principal-person' }, { department: '市场监管总局' })).toEqual([]);
    expect(measureIds([major], ENTERPRISE, { department: '财政部' })).toEqual([]);
  });

  it('ships no market ban: 安全生产法第九十四条第三款 bars a 主要负责人 only after a sentence or 撤职, which no list entry records', () => {
    expect(rules.document.measures.map((m) => m.id)).not.toContain('SAFETY.MARKET_BAN');
  });
});
