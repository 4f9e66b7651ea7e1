import type { LocalDate } from '#kernel';
import { ENTERPRISE, PERSON, fact, loadRules, measureIds as idsOf, type SpecQuery } from '../testing/rule-spec.js';
import { entryStatus, listEntries, type FactRecord } from './list-entries.js';
import { applicableMeasures, type Reached } from './measures.js';

const rules = loadRules('wage-arrears.yaml');
let sequence = 0;

// WAGE.LAND and WAGE.CUSTOMS are removed: 保障农民工工资支付条例第四十八条 names neither land nor customs.
const ALL = ['WAGE.BIDDING', 'WAGE.FINANCING', 'WAGE.KEY_SUPERVISION', 'WAGE.PROCUREMENT', 'WAGE.SUBSIDY'];

const finding = (data: { workers: number; months: number; amount: string } & Record<string, unknown>) =>
  fact('WageArrearsFound', { decisionNumber: `京朝人社监处字〔2026〕${++sequence}号`, foundOn: '2026-01-20', ...data });

const listedOn = (f: FactRecord) => listEntries([f], rules).map((e) => `${e.listType}:${e.criterion}`);

const measureIds = (facts: FactRecord[], reached: Reached, query: Partial<SpecQuery> = {}) =>
  idsOf(rules, facts, reached, { asOf: '2026-06-01', ...query });

describe('发改财金〔2017〕2058号, Beijing figures (local): 10名以上 workers and 10万元以上 in total', () => {
  // months 2, so the one-worker limb (3个月以上) cannot list these findings.
  it.each([
    [9, []],
    [10, ['wage-arrears-beijing:WAGE.BJ.TEN_WORKERS']],
    [11, ['wage-arrears-beijing:WAGE.BJ.TEN_WORKERS']],
  ])('%i workers owed 100,000.00 元 → %j', (workers, listed) => {
    expect(listedOn(finding({ workers, months: 2, amount: '100000.00' }))).toEqual(listed);
  });

  it.each([
    ['99999.99', []],
    ['100000.00', ['wage-arrears-beijing:WAGE.BJ.TEN_WORKERS']],
    ['100000.01', ['wage-arrears-beijing:WAGE.BJ.TEN_WORKERS']],
  ])('10 workers owed %s 元 → %j', (amount, listed) => {
    expect(listedOn(finding({ workers: 10, months: 2, amount }))).toEqual(listed);
  });
});

describe("发改财金〔2017〕2058号, Beijing figures (local): one worker 3个月以上 and 2万元以上 (read on the finding's totals)", () => {
  it.each([
    [2, '20000.00', []],
    [3, '19999.99', []],
    [3, '20000.00', ['wage-arrears-beijing:WAGE.BJ.ONE_WORKER']],
    [4, '20000.00', ['wage-arrears-beijing:WAGE.BJ.ONE_WORKER']],
    [2, '19999.99', []],
  ])('%i months, %s 元 → %j', (months, amount, listed) => {
    expect(listedOn(finding({ workers: 1, months, amount }))).toEqual(listed);
  });

  it('a finding meeting both Beijing limbs gives one entry, named by the first criterion', () => {
    expect(listedOn(finding({ workers: 12, months: 3, amount: '186000.00' }))).toEqual(['wage-arrears-beijing:WAGE.BJ.ONE_WORKER']);
  });

  it('the Beijing criteria carry a local basis and say that the aggregate reading is inferred', () => {
    const [entry] = listEntries([finding({ workers: 1, months: 3, amount: '20000.00' })], rules);
    expect(entry.basis).toMatchObject({
      local: true,
      documentNumber: expect.stringContaining('北京市'),
      sources: ['https://www.workercn.cn/32851/201806/07/180607093750600.shtml'],
    });
    const criterion = rules.document.listTypes
      .find((l) => l.id === 'wage-arrears-beijing')!
      .criteria.find((c) => c.id === 'WAGE.BJ.ONE_WORKER')!;
    expect(criterion.inferred).toContain('aggregated per finding');
  });
});

describe('发改财金〔2017〕2058号, national criterion: arrears causing mass or extreme incidents', () => {
  it('lists on the national list whatever the amount; the basis is 人社部规〔2017〕16号, not local', () => {
    const incident = finding({ workers: 2, months: 1, amount: '3000.00', massIncident: true });
    const [entry] = listEntries([incident], rules);
    expect(entry).toMatchObject({
      listType: 'wage-arrears',
      criterion: 'WAGE.LIST.MASS_INCIDENT',
      since: '2026-01-20',
      until: '2029-01-20',
      causes: [incident.eventId],
    });
    expect(entry.basis.documentNumber).toBe('人社部规〔2017〕16号');
    expect(entry.basis.local).toBeUndefined();
  });

  it('no incident, or the field left out: not listed nationally (no amount standard is encoded nationally)', () => {
    expect(listedOn(finding({ workers: 2, months: 1, amount: '3000.00', massIncident: false }))).toEqual([]);
    expect(listedOn(finding({ workers: 2, months: 1, amount: '3000.00' }))).toEqual([]);
    expect(listedOn(finding({ workers: 50, months: 12, amount: '5000000.00', escaped: true }))).toEqual([
      'wage-arrears-beijing:WAGE.BJ.ONE_WORKER',
    ]);
  });

  it('an incident that also meets the Beijing figures is on both lists; each measure names both entries', () => {
    const both = finding({ workers: 10, months: 1, amount: '100000.00', massIncident: true });
    expect(listedOn(both).sort()).toEqual(['wage-arrears-beijing:WAGE.BJ.TEN_WORKERS', 'wage-arrears:WAGE.LIST.MASS_INCIDENT']);
    const [procurement] = applicableMeasures(
      listEntries([both], rules),
      ENTERPRISE,
      { asOf: '2026-06-01' as LocalDate, scenario: 'government-procurement' },
      rules,
    );
    expect(procurement.because.map((b) => b.listType).sort()).toEqual(['wage-arrears', 'wage-arrears-beijing']);
  });

  it('criteria apply to findings from 2018-01-01 (人社部规〔2017〕16号 in force)', () => {
    expect(listedOn(finding({ workers: 10, months: 3, amount: '100000.00', massIncident: true, foundOn: '2017-12-31' }))).toEqual([]);
    expect(listedOn(finding({ workers: 10, months: 3, amount: '100000.00', foundOn: '2018-01-01' }))).toEqual([
      'wage-arrears-beijing:WAGE.BJ.ONE_WORKER',
    ]);
  });
});

describe('发改财金〔2017〕2058号: term and removal before 2022 (Beijing rules: 1 year, then only once corrected)', () => {
  const listing = finding({ workers: 12, months: 3, amount: '186000.00', foundOn: '2020-01-20' });
  const corrected = (correctedOn: string, of = listing) =>
    fact('WageArrearsCorrected', { decisionNumber: of.data.decisionNumber, correctedOn });

  it('an uncorrected employer stays listed after the year', () => {
    const [entry] = listEntries([listing], rules);
    expect(entry).toMatchObject({ since: '2020-01-20', termKind: 'until-exit', exitsNotBefore: '2021-01-20' });
    expect(entry.until).toBeUndefined();
    expect(entryStatus(entry, '2023-06-01' as LocalDate)).toBe('active');
  });

  it('correcting within the year ends the entry at the end of the year, not before', () => {
    const [entry] = listEntries([listing, corrected('2020-02-28')], rules);
    expect(entry.ended).toMatchObject({ on: '2021-01-20', reason: 'exit' });
    expect(measureIds([listing, corrected('2020-02-28')], ENTERPRISE, { asOf: '2021-01-19' })).toEqual(ALL);
    expect(measureIds([listing, corrected('2020-02-28')], ENTERPRISE, { asOf: '2021-01-20' })).toEqual([]);
  });

  it('correcting after the year ends the entry on the correction', () => {
    expect(listEntries([listing, corrected('2021-05-10')], rules)[0].ended).toMatchObject({ on: '2021-05-10' });
  });

  it('as of a date before the finding: nothing applies', () => {
    expect(measureIds([listing], ENTERPRISE, { asOf: '2020-01-19' })).toEqual([]);
    expect(measureIds([listing], { as: 'legal-representative' }, { asOf: '2019-12-31' })).toEqual([]);
  });

  it('an employer listed again after removal stays at least 2 years', () => {
    const again = finding({ workers: 12, months: 3, amount: '186000.00', foundOn: '2021-06-01' });
    const history = [listing, corrected('2020-03-01'), again];
    const second = listEntries(history, rules)[1];
    expect(second).toMatchObject({ since: '2021-06-01', exitsNotBefore: '2023-06-01' });
    expect(listEntries([...history, corrected('2021-07-01', again)], rules)[1].ended).toMatchObject({ on: '2023-06-01' });
  });
});

describe('发改财金〔2017〕2058号: term and removal from 2022 (暂行办法: 3 years, early removal 6 months after correction)', () => {
  const listing = finding({ workers: 12, months: 3, amount: '186000.00' });

  it('is in force for 3 years from the finding', () => {
    const [entry] = listEntries([listing], rules);
    expect(entry).toMatchObject({ since: '2026-01-20', until: '2029-01-20', termKind: 'fixed' });
    expect(['2026-01-19', '2026-01-20', '2029-01-19', '2029-01-20'].map((d) => entryStatus(entry, d as LocalDate))).toEqual([
      'not-yet',
      'active',
      'active',
      'expired',
    ]);
  });

  it('a correction ends it 6 months later', () => {
    const corrected = fact('WageArrearsCorrected', { decisionNumber: listing.data.decisionNumber, correctedOn: '2026-02-28' });
    expect(listEntries([listing, corrected], rules)[0].ended).toMatchObject({ on: '2026-08-28' });
    expect(measureIds([listing, corrected], ENTERPRISE, { asOf: '2026-08-27' })).toEqual(ALL);
    expect(measureIds([listing, corrected], ENTERPRISE, { asOf: '2026-08-28' })).toEqual([]);
  });
});

describe('发改财金〔2017〕2058号: whom the measures reach and where they apply', () => {
  const listing = finding({ workers: 12, months: 3, amount: '186000.00' });

  it('the employer, whether an organisation or a natural person', () => {
    expect(measureIds([listing], ENTERPRISE)).toEqual(ALL);
    expect(measureIds([listing], PERSON)).toEqual(ALL);
  });

  it('its legal representative, principal person and directly responsible persons; never the actual controller', () => {
    expect(measureIds([listing], { as: 'legal-representative' })).toEqual(ALL);
    expect(measureIds([listing], { as: 'principal-person' })).toEqual(ALL);
    expect(measureIds([listing], { as: 'directly-responsible-person' })).toEqual(ALL);
    expect(measureIds([listing], { as: 'actual-controller' })).toEqual([]);
    expect(measureIds([listing], { as: 'finance-manager' })).toEqual([]);
    expect(measureIds([listing], { as: 'safety-manager' })).toEqual([]);
  });

  it('filters by scenario', () => {
    expect(measureIds([listing], ENTERPRISE, { scenario: 'public-bidding' })).toEqual(['WAGE.BIDDING']);
    expect(measureIds([listing], ENTERPRISE, { scenario: 'government-procurement' })).toEqual(['WAGE.PROCUREMENT']);
    expect(measureIds([listing], ENTERPRISE, { scenario: 'customs' })).toEqual([]);
    expect(measureIds([listing], ENTERPRISE, { scenario: 'land-supply' })).toEqual([]);
    expect(measureIds([listing], ENTERPRISE, { scenario: 'fiscal-subsidy' })).toEqual(['WAGE.SUBSIDY']);
    expect(measureIds([listing], ENTERPRISE, { scenario: 'air-travel' })).toEqual([]);
    expect(measureIds([listing], ENTERPRISE, { scenario: 'luxury-consumption' })).toEqual([]);
  });

  it('filters by implementing department', () => {
    expect(measureIds([listing], ENTERPRISE, { department: '海关总署' })).toEqual([]);
    expect(measureIds([listing], ENTERPRISE, { department: '水利部' })).toEqual(['WAGE.BIDDING']);
    expect(measureIds([listing], ENTERPRISE, { department: '安康市人力资源和社会保障局' })).toEqual([
      'WAGE.KEY_SUPERVISION',
      'WAGE.SUBSIDY',
    ]);
    // WAGE.FINANCING is advisory (category 3): no department's obligation, so no department's list holds it.
    expect(measureIds([listing], ENTERPRISE, { department: '国家金融监督管理总局' })).toEqual([]);
    expect(measureIds([listing], ENTERPRISE, { department: '最高人民法院' })).toEqual([]);
  });

  it("every measure cites the memorandum and the notes' page, and says its department is inferred", () => {
    const all = applicableMeasures(listEntries([listing], rules), ENTERPRISE, { asOf: '2026-06-01' as LocalDate }, rules);
    expect(all).toHaveLength(ALL.length);
    for (const measure of all) {
      expect(measure.basis).toMatchObject({
        documentNumber: '发改财金〔2017〕2058号',
        sources: ['http://acftu.people.com.cn/BIG5/n1/2018/0713/c67585-30144566.html'],
      });
      expect(measure.inferred).toMatch(/department/);
      expect(measure.because).toEqual([
        expect.objectContaining({ listType: 'wage-arrears-beijing', criterion: 'WAGE.BJ.ONE_WORKER', eventIds: [listing.eventId] }),
      ]);
    }
  });
});
