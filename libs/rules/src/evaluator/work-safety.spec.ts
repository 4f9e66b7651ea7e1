import type { LocalDate } from '#kernel';
import { ENTERPRISE, fact, loadRules, measureIds as idsOf, type SpecQuery } from '../testing/rule-spec.js';
import { entryStatus, listEntries, type FactRecord } from './list-entries.js';
import { applicableMeasures, type Reached } from './measures.js';

const rules = loadRules('work-safety.yaml');
let sequence = 0;

// SAFETY.STANDARDISATION is removed (no basis read); the market ban (安全生产法第九十四条第三款) reaches the 主要负责人 only.
const SAFETY_SUPERVISION = ['SAFETY.INTERVIEW', 'SAFETY.KEY_TARGET', 'SAFETY.MORE_INSPECTIONS'];
const ALL = SAFETY_SUPERVISION;
const PRINCIPAL = ['SAFETY.INTERVIEW', 'SAFETY.KEY_TARGET', 'SAFETY.MARKET_BAN', 'SAFETY.MORE_INSPECTIONS'];

const accident = (data: Record<string, unknown> = {}) =>
  fact('WorkSafetyAccidentDetermined', {
    reportNumber: `京应急批〔2026〕${++sequence}号`,
    occurredOn: '2026-03-03',
    determinedOn: '2026-06-30',
    deaths: 0,
    seriousInjuries: 0,
    directLoss: '100.0',
    responsibility: 'main',
    ...data,
  });

const violation = (data: Record<string, unknown> = {}) =>
  fact('WorkSafetyViolationFound', {
    decisionNumber: `京应急罚〔2026〕${++sequence}号`,
    foundOn: '2026-04-02',
    violation: '瞒报生产安全事故',
    ...data,
  });

const removal = (reference: unknown, approvedOn: string) => fact('WorkSafetyRemovalApproved', { reference, approvedOn });

const criteria = (facts: FactRecord[]) => listEntries(facts, rules).map((e) => e.criterion);

const measureIds = (facts: FactRecord[], reached: Reached, query: Partial<SpecQuery> = {}) =>
  idsOf(rules, facts, reached, { asOf: '2026-09-01', ...query });

describe('发改财金〔2016〕1001号: a 较大 or worse liability accident lists the unit (以上 includes the number)', () => {
  it.each([
    ['2 deaths', { deaths: 2 }, false],
    ['3 deaths', { deaths: 3 }, true],
    ['9 serious injuries', { seriousInjuries: 9 }, false],
    ['10 serious injuries', { seriousInjuries: 10 }, true],
    ['999.99万元 direct loss', { directLoss: '999.99' }, false],
    ['1000万元 direct loss', { directLoss: '1000' }, true],
    ['1000.00万元 direct loss', { directLoss: '1000.00' }, true],
    ['no direct loss recorded, 2 deaths', { deaths: 2, directLoss: undefined }, false],
  ])('%s → listed: %s', (_label, data, listed) => {
    expect(criteria([accident(data)])).toEqual(listed ? ['SAFETY.LIST.MAJOR_ACCIDENT'] : []);
  });

  it('the entry starts on the determination date and names its criterion, basis and event', () => {
    const major = accident({ deaths: 4 });
    const [entry] = listEntries([major], rules);
    expect(entry).toMatchObject({
      listType: 'work-safety-accident-unit',
      color: 'black',
      memorandum: 'fgcj-2016-1001',
      since: '2026-06-30',
      termKind: 'until-removal-approved',
      causes: [major.eventId],
      basis: { documentNumber: '安监总办〔2017〕49号' },
    });
    expect(entry.until).toBeUndefined();
  });

  it('one accident is listed once, even when it also counts towards the three-accident limb', () => {
    const history = [accident({ deaths: 1, determinedOn: '2026-02-01' }), accident({ deaths: 1, determinedOn: '2026-03-01' })];
    expect(criteria([...history, accident({ deaths: 5, determinedOn: '2026-04-01' })])).toEqual(['SAFETY.LIST.MAJOR_ACCIDENT']);
  });
});

describe('发改财金〔2016〕1001号: 3 or more fatal general accidents within 1 year', () => {
  const fatal = (determinedOn: string) => accident({ deaths: 1, determinedOn });

  it('two within a year: not listed; the third within the year lists the unit from its determination date', () => {
    const first = fatal('2026-01-10');
    const second = fatal('2026-05-20');
    expect(listEntries([first, second], rules)).toEqual([]);
    const third = fatal('2026-12-01');
    const [entry] = listEntries([first, second, third], rules);
    expect(entry).toMatchObject({ criterion: 'SAFETY.LIST.FATAL_GENERAL_ACCIDENTS', since: '2026-12-01', causes: [third.eventId] });
    expect(listEntries([first, second, third], rules)).toHaveLength(1);
  });

  it('three spread over more than a year: not listed', () => {
    expect(listEntries([fatal('2026-01-10'), fatal('2026-07-01'), fatal('2027-01-20')], rules)).toEqual([]);
  });

  it('the window is one year back from the third: an accident exactly a year before does not count', () => {
    expect(listEntries([fatal('2026-01-10'), fatal('2026-07-01'), fatal('2027-01-10')], rules)).toEqual([]);
    expect(criteria([fatal('2026-01-11'), fatal('2026-07-01'), fatal('2027-01-10')])).toEqual(['SAFETY.LIST.FATAL_GENERAL_ACCIDENTS']);
  });

  it('accidents without deaths do not count', () => {
    const injuries = (determinedOn: string) => accident({ seriousInjuries: 2, determinedOn });
    expect(listEntries([fatal('2026-01-10'), injuries('2026-02-10'), fatal('2026-03-10'), injuries('2026-04-10')], rules)).toEqual([]);
  });

  it('a fourth within the year lists again (each completing accident is its own entry)', () => {
    const facts = [fatal('2026-01-10'), fatal('2026-02-10'), fatal('2026-03-10'), fatal('2026-04-10')];
    expect(listEntries(facts, rules).map((e) => e.since)).toEqual(['2026-03-10', '2026-04-10']);
  });
});

describe('发改财金〔2016〕1001号: the other listed behaviours', () => {
  it('a violation finding lists the unit on the violation list from the finding date', () => {
    const found = violation({ violation: '被责令停产整顿仍从事生产经营活动' });
    const [entry] = listEntries([found], rules);
    expect(entry).toMatchObject({
      listType: 'work-safety-violation-unit',
      criterion: 'SAFETY.LIST.VIOLATION',
      since: '2026-04-02',
      termKind: 'until-removal-approved',
    });
    expect(measureIds([found], ENTERPRISE)).toEqual(ALL);
  });
});

describe('发改财金〔2016〕1001号: no expiry by time; removal only when approved', () => {
  const major = accident({ deaths: 3 });

  it('is not in force before the accident is determined', () => {
    const [entry] = listEntries([major], rules);
    expect(entryStatus(entry, '2026-06-29' as LocalDate)).toBe('not-yet');
    expect(measureIds([major], ENTERPRISE, { asOf: '2026-06-29' })).toEqual([]);
    expect(measureIds([major], ENTERPRISE, { asOf: '2026-06-30' })).toEqual(ALL);
  });

  it('is still in force a year and two years later while no removal is approved', () => {
    const [entry] = listEntries([major], rules);
    expect(['2027-06-30', '2028-06-30'].map((d) => entryStatus(entry, d as LocalDate))).toEqual(['active', 'active']);
    expect(measureIds([major], ENTERPRISE, { asOf: '2028-06-30' })).toEqual(ALL);
  });

  it('ends on the approval date of a removal naming the accident report', () => {
    const approved = removal(major.data.reportNumber, '2027-07-15');
    const [entry] = listEntries([major, approved], rules);
    expect(entry.ended).toMatchObject({
      on: '2027-07-15',
      reason: 'exit',
      eventId: approved.eventId,
      basis: { documentNumber: '安监总办〔2017〕49号' },
    });
    expect(measureIds([major, approved], ENTERPRISE, { asOf: '2027-07-14' })).toEqual(ALL);
    expect(measureIds([major, approved], ENTERPRISE, { asOf: '2027-07-15' })).toEqual([]);
  });

  it('a removal approved within the first year takes effect only when the year is over (1 year, removal not automatic)', () => {
    const early = removal(major.data.reportNumber, '2026-10-01');
    const [entry] = listEntries([major, early], rules);
    expect(entry.ended).toMatchObject({ on: '2027-06-30', eventId: early.eventId });
    expect(measureIds([major, early], ENTERPRISE, { asOf: '2027-06-29' })).toEqual(ALL);
    expect(measureIds([major, early], ENTERPRISE, { asOf: '2027-06-30' })).toEqual([]);
  });

  it('a removal naming another report ends nothing', () => {
    const other = removal('京应急批〔2025〕1号', '2027-07-15');
    expect(listEntries([major, other], rules)[0].ended).toBeUndefined();
    expect(measureIds([major, other], ENTERPRISE, { asOf: '2028-01-01' })).toEqual(ALL);
  });

  it('a violation entry ends on a removal naming the violation decision, not the accident report', () => {
    const found = violation();
    const approved = removal(found.data.decisionNumber, '2027-05-01');
    const entries = listEntries([major, found, approved], rules);
    expect(entries.map((e) => [e.listType, e.ended?.on])).toEqual([
      ['work-safety-accident-unit', undefined],
      ['work-safety-violation-unit', '2027-05-01'],
    ]);
    expect(measureIds([found, approved], ENTERPRISE, { asOf: '2027-05-01' })).toEqual([]);
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

describe('发改财金〔2016〕1001号: scenarios, departments and explanations', () => {
  const major = accident({ deaths: 3 });

  it('filters by scenario', () => {
    expect(measureIds([major], ENTERPRISE, { scenario: 'market-access' })).toEqual([]);
    expect(measureIds([major], { as: 'principal-person' }, { scenario: 'market-access' })).toEqual(['SAFETY.MARKET_BAN']);
    expect(measureIds([major], ENTERPRISE, { scenario: 'supervision' })).toEqual(SAFETY_SUPERVISION);
    expect(measureIds([major], { as: 'safety-manager' }, { scenario: 'market-access' })).toEqual([]);
    expect(measureIds([major], ENTERPRISE, { scenario: 'government-procurement' })).toEqual([]);
  });

  it('filters by implementing department', () => {
    expect(measureIds([major], ENTERPRISE, { department: '应急管理部' })).toEqual(ALL);
    expect(measureIds([major], ENTERPRISE, { department: '安康市应急管理局' })).toEqual(ALL);
    expect(measureIds([major], ENTERPRISE, { department: '国家安全生产监督管理总局' })).toEqual(ALL);
    expect(measureIds([major], { as: 'principal-person' }, { department: '市场监管总局' })).toEqual(['SAFETY.MARKET_BAN']);
    expect(measureIds([major], ENTERPRISE, { department: '财政部' })).toEqual([]);
  });

  it('explains the market ban: basis, list entry and the accident behind it', () => {
    const [measure] = applicableMeasures(
      listEntries([major], rules),
      { as: 'principal-person' },
      { asOf: '2026-09-01' as LocalDate, scenario: 'market-access' },
      rules,
    );
    expect(measure).toMatchObject({
      id: 'SAFETY.MARKET_BAN',
      basis: { documentNumber: '发改财金〔2016〕1001号', clause: '二（一）5' },
      because: [
        {
          listType: 'work-safety-accident-unit',
          criterion: 'SAFETY.LIST.MAJOR_ACCIDENT',
          since: '2026-06-30',
          eventIds: [major.eventId],
          role: 'principal-person',
        },
      ],
    });
    expect(measure.because[0].until).toBeUndefined();
  });
});
