/**
 * Wage arrears (拖欠农民工工资) under the law in force, by the date of the listing decision:
 * 人社部规〔2017〕16号 for decisions from 2018-01-01 to 2021-12-31, 人社部令第45号 from 2022-01-01
 * (https://www.mohrss.gov.cn/xxgk2020/gzk/gz/202112/t20211229_431810.html). The amount limb is the
 * 拒不支付劳动报酬罪 figure of the deciding department's province (法释〔2013〕3号 art.3), from the
 * jurisdiction table. Notes: docs/law/lists/wage-arrears.md.
 */
import type { LocalDate } from '#kernel';
import { ENTERPRISE, fact, loadRules, measureIds, measures, type SpecQuery } from '../testing/rule-spec.js';
import { listCandidates } from './candidates.js';
import { entryStatus, listEntries, type FactRecord } from './list-entries.js';

const rules = loadRules('wage-arrears.yaml', 'jurisdiction-refusal-to-pay-wages.yaml');

/** Regions of the deciding departments (GB/T 2260). */
const LIAONING = '210000'; // 1万 / 5万 since 2013-05-28 (https://scxsls.com/knowledge/detail?id=145656)
const SHAANXI = '610900'; // 安康: no 陕西 figure found
const BEIJING = '110000';

let sequence = 0;

interface Case {
  readonly region?: string;
  readonly finding?: Record<string, unknown>;
  readonly listedOn?: string;
  readonly steps?: readonly ('notice' | 'order' | 'missed')[];
  readonly decided?: boolean;
}

/** A finding, its procedural steps and the listing decision naming it, all by the deciding department of `region`. */
function history({
  region = LIAONING,
  finding = {},
  listedOn = '2026-03-20',
  steps = ['notice', 'order', 'missed'],
  decided = true,
}: Case) {
  const n = ++sequence;
  const findingNumber = `人社监处字〔2026〕${n}号`;
  const decisionNumber = `人社列〔2026〕${n}号`;
  const at = region;
  const found = fact(
    'WageArrearsFound',
    { decisionNumber: findingNumber, foundOn: '2026-01-20', workers: 3, months: 4, amount: '30000.00', ...finding },
    at,
  );
  const facts: FactRecord[] = [found];
  if (steps.includes('order'))
    facts.push(fact('WagePaymentOrdered', { orderNumber: `限付${n}`, findingNumber, orderedOn: '2026-01-22', deadline: '2026-02-05' }, at));
  if (steps.includes('missed'))
    facts.push(fact('WagePaymentDeadlineMissed', { orderNumber: `限付${n}`, findingNumber, notedOn: '2026-02-06' }, at));
  if (steps.includes('notice'))
    facts.push(
      fact(
        'ListingNoticeServed',
        { noticeNumber: `告${n}`, listType: 'wage-arrears', grounds: [findingNumber], servedOn: '2026-02-10' },
        at,
      ),
    );
  if (decided)
    facts.push(
      fact(
        'ListingDecided',
        { decisionNumber, listType: 'wage-arrears', grounds: [findingNumber], basis: '人社部令第45号第五条', listedOn },
        at,
      ),
    );
  return { facts, findingNumber, decisionNumber, found };
}

const corrected = (findingNumber: string, correctedOn: string) =>
  fact('WageArrearsCorrected', { decisionNumber: findingNumber, correctedOn });
const applied = (decisionNumber: string, appliedOn: string, commitmentMade = true) =>
  fact('EarlyRemovalApplied', { applicationNumber: `申${++sequence}`, listingDecisionNumber: decisionNumber, appliedOn, commitmentMade });
const removal = (decisionNumber: string, decidedOn: string, outcome: 'approved' | 'refused' = 'approved') =>
  fact('EarlyRemovalDecided', {
    applicationNumber: `决${++sequence}`,
    listingDecisionNumber: decisionNumber,
    outcome,
    decidedOn,
    reason: '核实',
  });

const only = (facts: FactRecord[]) => {
  const entries = listEntries(facts, rules);
  expect(entries).toHaveLength(1);
  return entries[0];
};
const listed = (facts: FactRecord[]) => listEntries(facts, rules).map((e) => e.criterion);
const flagCodes = (facts: FactRecord[]) => (listEntries(facts, rules)[0]?.flags ?? []).map((f) => f.code);

describe('contradiction 1: 人社部令第45号 lists only by a listing decision after an order to pay and a missed deadline (第五条, 第六条)', () => {
  it.each([
    ['2021-12-31', 'hrss-rule-2017-16', 'WAGE.16.TEN_WORKERS'],
    ['2022-01-01', 'hrss-order-45', 'WAGE.45.TEN_WORKERS'],
  ])('a decision on %s is decided under %s (%s)', (listedOn, regime, criterion) => {
    const entry = only(history({ finding: { workers: 10, amount: '50000.00' }, listedOn }).facts);
    expect(entry).toMatchObject({ criterion, since: listedOn, regime: { id: regime } });
  });

  it('a decision before 2018-01-01 lists nothing: no regime is encoded for it', () => {
    expect(listed(history({ finding: { massIncident: true }, listedOn: '2017-12-31' }).facts)).toEqual([]);
  });

  it('a finding alone lists no one: the employer is a candidate, with the steps still missing', () => {
    const { facts, found } = history({ finding: { massIncident: true }, steps: [], decided: false });
    expect(listEntries(facts, rules)).toEqual([]);
    const [candidate] = listCandidates(facts, rules, '2026-03-01' as LocalDate);
    expect(candidate).toMatchObject({
      listType: 'wage-arrears',
      criterion: 'WAGE.45.INCIDENT',
      qualifyingFact: { eventId: found.eventId },
    });
    expect(candidate.steps.map((s: { id: string; done: boolean }) => [s.id, s.done])).toEqual([
      ['notice-served', false],
      ['payment-ordered', false],
      ['deadline-missed', false],
    ]);
  });

  it('the entry starts on the decision, not on the finding, and rests on the decision, the finding and the steps', () => {
    const { facts } = history({ finding: { massIncident: true } });
    const entry = only(facts);
    expect(entry).toMatchObject({ since: '2026-03-20', until: '2029-03-20', listingFact: { type: 'ListingDecided' } });
    const [found, ordered, missed, notice, decision] = facts.map((f) => f.eventId);
    expect(entry.causes).toEqual([decision, found, notice, ordered, missed]);
    expect(entry.flags ?? []).toEqual([]);
  });

  it.each([
    [['notice', 'order'], ['step-missing']],
    [['notice', 'missed'], ['step-missing']],
    [['order', 'missed'], ['step-missing']],
  ] as const)('a decision with only the steps %j still lists (the authority decided) but is flagged %j', (steps, flags) => {
    const facts = history({ finding: { massIncident: true }, steps }).facts;
    expect(listed(facts)).toEqual(['WAGE.45.INCIDENT']);
    expect(flagCodes(facts)).toEqual(flags);
  });

  it('a decision whose finding meets no limb is flagged criteria-not-met', () => {
    expect(
      flagCodes(history({ finding: { workers: 2, amount: '3000.00', oneWorkerMonths: 1, oneWorkerAmount: '2000.00' } }).facts),
    ).toEqual(['criteria-not-met']);
  });
});

describe('contradiction 1: the one-worker limb tests the amount owed to ONE worker for 3 months or more (法释〔2013〕3号 art.3 (一))', () => {
  // 辽宁: one worker 1万元以上, 3个月以上; total far above, 3 workers (so the ten-worker limb cannot decide).
  it.each([
    ['10000.00', 3, ['WAGE.45.ONE_WORKER'], []],
    ['9999.99', 3, ['WAGE.45.ONE_WORKER'], ['criteria-not-met']],
    ['10000.00', 2, ['WAGE.45.ONE_WORKER'], ['criteria-not-met']],
  ])('one worker owed %s 元 for %i months (total 300,000.00) → flags %j', (oneWorkerAmount, oneWorkerMonths, criteria, flags) => {
    const facts = history({ finding: { workers: 3, amount: '300000.00', oneWorkerMonths, oneWorkerAmount } }).facts;
    expect(listed(facts)).toEqual(criteria);
    expect(flagCodes(facts)).toEqual(flags);
  });

  it('a finding recorded without the per-worker fields does not decide the limb, whatever the total', () => {
    const { facts } = history({ finding: { workers: 3, amount: '300000.00' }, steps: [], decided: false });
    expect(listCandidates(facts, rules, '2026-03-01' as LocalDate)).toEqual([]);
  });

  it.each([
    [9, '50000.00', false],
    [10, '49999.99', false],
    [10, '50000.00', true],
  ])('ten-worker limb (辽宁 5万元, no months): %i workers, %s 元 → candidate %s', (workers, amount, candidate) => {
    const { facts } = history({ finding: { workers, amount, months: 1 }, steps: [], decided: false });
    expect(listCandidates(facts, rules, '2026-03-01' as LocalDate).length > 0).toBe(candidate);
  });
});

describe("contradiction 1: the province's figure, never another's (法释〔2013〕3号 art.3: each high court sets its own)", () => {
  const big = { workers: 50, months: 12, amount: '5000000.00', oneWorkerMonths: 12, oneWorkerAmount: '100000.00' };

  it('a 陕西 employer: no figure on file, so the amount limbs decide nothing (threshold unknown)', () => {
    const { facts } = history({ region: SHAANXI, finding: big, steps: [], decided: false });
    expect(listCandidates(facts, rules, '2026-03-01' as LocalDate)).toEqual([]);
    const decided = history({ region: SHAANXI, finding: big }).facts;
    expect(flagCodes(decided)).toEqual(['criteria-not-met']);
    expect(listEntries(decided, rules)[0].flags?.[0].reason).toMatch(
      /refusal-to-pay-wages-crime figure for region 610900 .* threshold unknown, not decided/,
    );
  });

  it('a 陕西 employer whose arrears caused a mass incident is still listed: that limb needs no figure', () => {
    expect(listed(history({ region: SHAANXI, finding: { ...big, massIncident: true } }).facts)).toEqual(['WAGE.45.INCIDENT']);
  });

  it("Beijing's figures (2万 / 10万) do not list a 辽宁 employer below them, nor reach a 陕西 one", () => {
    const liaoning = history({ region: LIAONING, finding: { workers: 10, amount: '60000.00' } }).facts;
    expect(flagCodes(liaoning)).toEqual([]);
    const beijing = history({ region: BEIJING, finding: { workers: 10, amount: '60000.00' } }).facts;
    expect(flagCodes(beijing)).toEqual(['criteria-not-met']);
  });
});

describe("Beijing's own figures (京人社监发〔2018〕94号) decide 16号 listings of Beijing departments only", () => {
  const ten = { workers: 10, amount: '100000.00', months: 1 };
  it.each([
    [BEIJING, 'WAGE.16.BJ.TEN_WORKERS', []],
    [LIAONING, 'WAGE.16.TEN_WORKERS', []],
    [SHAANXI, 'WAGE.16.ONE_WORKER', ['criteria-not-met']],
  ])('a 2019 decision by a department of %s on 10 workers owed 100,000.00 元 → %s, flags %j', (region, criterion, flags) => {
    const facts = history({ region, finding: ten, listedOn: '2019-06-03', steps: [] }).facts;
    expect(listed(facts)).toEqual([criterion]);
    expect(flagCodes(facts)).toEqual(flags);
  });

  it('99,999.99 元 in Beijing is below its figure', () => {
    expect(
      flagCodes(history({ region: BEIJING, finding: { ...ten, amount: '99999.99' }, listedOn: '2019-06-03', steps: [] }).facts),
    ).toEqual(['criteria-not-met']);
  });
});

describe('contradiction 1: the term is 3 years from the decision, correction alone ends nothing (第十一条, 第十二条 – 第十四条)', () => {
  const { facts, findingNumber, decisionNumber } = history({ finding: { massIncident: true } });

  it('3 years from the decision: in force on 2029-03-19, over on 2029-03-20', () => {
    const entry = only(facts);
    expect(['2026-03-19', '2026-03-20', '2029-03-19', '2029-03-20'].map((d) => entryStatus(entry, d as LocalDate))).toEqual([
      'not-yet',
      'active',
      'active',
      'expired',
    ]);
  });

  it('a correction alone leaves the employer listed', () => {
    expect(only([...facts, corrected(findingNumber, '2026-04-01')]).ended).toBeUndefined();
  });

  it('an approved early removal 6 months after the correction, with a written commitment, ends the entry on approval', () => {
    const entry = only([
      ...facts,
      corrected(findingNumber, '2026-04-01'),
      applied(decisionNumber, '2026-10-01'),
      removal(decisionNumber, '2026-10-12'),
    ]);
    expect(entry.ended).toMatchObject({ on: '2026-10-12', reason: 'exit' });
    expect(entry.ended?.flags ?? []).toEqual([]);
  });

  it('a refused early removal ends nothing', () => {
    expect(
      only([
        ...facts,
        corrected(findingNumber, '2026-04-01'),
        applied(decisionNumber, '2026-10-01'),
        removal(decisionNumber, '2026-10-12', 'refused'),
      ]).ended,
    ).toBeUndefined();
  });

  it('an approval with no application (which carries the written commitment, 第十四条) still ends the entry, flagged', () => {
    const entry = only([...facts, corrected(findingNumber, '2026-04-01'), removal(decisionNumber, '2026-10-12')]);
    expect(entry.ended?.on).toBe('2026-10-12');
    expect(entry.ended?.flags?.map((f) => [f.code, f.requirement])).toEqual([['precondition-missing', 'commitment']]);
  });

  it('an approval less than 6 months after the correction ends the entry no earlier than the 6 months, flagged', () => {
    const entry = only([
      ...facts,
      corrected(findingNumber, '2026-04-01'),
      applied(decisionNumber, '2026-09-01'),
      removal(decisionNumber, '2026-09-30'),
    ]);
    expect(entry.ended?.on).toBe('2026-10-01');
    expect(entry.ended?.flags?.map((f) => f.code)).toEqual(['precondition-missing']);
  });
});

describe('contradiction 8: 人社部规〔2017〕16号 entries renew for 2 years while uncorrected (http://www.zhxpm.cn/html/2018/qdnnews_1221/171815.shtml)', () => {
  const { facts, findingNumber } = history({ finding: { massIncident: true }, listedOn: '2019-06-03', steps: [] });

  it('a 16号 listing needs no order to pay: no step is missing', () => {
    expect(only(facts)).toMatchObject({ criterion: 'WAGE.16.INCIDENT', regime: { id: 'hrss-rule-2017-16' } });
    expect(flagCodes(facts)).toEqual([]);
  });

  it('uncorrected: still listed after the first year, and after the first renewal', () => {
    const entry = only(facts);
    expect(['2020-06-02', '2020-06-03', '2022-06-03', '2024-06-03'].map((d) => entryStatus(entry, d as LocalDate))).toEqual([
      'active',
      'active',
      'active',
      'active',
    ]);
  });

  it('corrected within the first year: ends at the end of the year, not on the correction', () => {
    const entry = only([...facts, corrected(findingNumber, '2019-09-01')]);
    expect(entry.ended?.on ?? entry.until).toBe('2020-06-03');
    expect(entryStatus(entry, '2020-06-02' as LocalDate)).toBe('active');
  });

  it('corrected during the renewal: ends at the end of the renewal', () => {
    const entry = only([...facts, corrected(findingNumber, '2021-01-15')]);
    expect(entry.ended?.on ?? entry.until).toBe('2022-06-03');
  });
});

describe('whom a wage entry reaches (人社部令第45号 第五条 当事人): only the persons the decision names', () => {
  it('the list type reaches persons only through the decision', () => {
    expect(rules.listTypes.get('wage-arrears')?.reachesPersons).toBe('named-in-decision');
  });
});

describe('发改财金〔2017〕2058号 measures on a wage entry (保障农民工工资支付条例第四十八条)', () => {
  // WAGE.LAND and WAGE.CUSTOMS are removed: 保障农民工工资支付条例第四十八条 names neither land nor customs.
  const ALL = ['WAGE.BIDDING', 'WAGE.FINANCING', 'WAGE.KEY_SUPERVISION', 'WAGE.PROCUREMENT', 'WAGE.SUBSIDY'];
  const { facts } = history({ finding: { massIncident: true } });
  const ids = (query: Partial<SpecQuery>) => measureIds(rules, facts, ENTERPRISE, { asOf: '2026-06-01', ...query });

  it('applies every wage measure to the listed employer', () => {
    expect(ids({})).toEqual(ALL);
  });

  it('filters by scenario', () => {
    expect(ids({ scenario: 'public-bidding' })).toEqual(['WAGE.BIDDING']);
    expect(ids({ scenario: 'government-procurement' })).toEqual(['WAGE.PROCUREMENT']);
    expect(ids({ scenario: 'customs' })).toEqual([]);
    expect(ids({ scenario: 'land-supply' })).toEqual([]);
    expect(ids({ scenario: 'fiscal-subsidy' })).toEqual(['WAGE.SUBSIDY']);
  });

  it('filters by implementing department, by registry name', () => {
    expect(ids({ department: '海关总署' })).toEqual([]);
    expect(ids({ department: '水利部' })).toEqual(['WAGE.BIDDING']);
    expect(ids({ department: '安康市人力资源和社会保障局' })).toEqual(['WAGE.KEY_SUPERVISION', 'WAGE.SUBSIDY']);
    // WAGE.FINANCING is advisory (category 3): no department's obligation, so no department's list holds it.
    expect(ids({ department: '国家金融监督管理总局' })).toEqual([]);
  });

  it('every measure cites the memorandum and names the decided entry behind it', () => {
    const all = measures(rules, facts, ENTERPRISE, { asOf: '2026-06-01' });
    expect(all.map((m) => m.id).sort()).toEqual(ALL);
    for (const measure of all) {
      expect(measure.basis).toMatchObject({ documentNumber: '发改财金〔2017〕2058号' });
      expect(measure.because).toEqual([expect.objectContaining({ listType: 'wage-arrears', criterion: 'WAGE.45.INCIDENT' })]);
    }
  });
});

describe('the record decides, not the order departments report it in (code review of issue 13)', () => {
  it('16号: a correction reported before the decision ends the entry as one reported after it', () => {
    const { facts, findingNumber } = history({ finding: { massIncident: true }, listedOn: '2019-06-03', steps: [] });
    const correction = corrected(findingNumber, '2019-09-01');
    const [finding, decision] = facts;
    const before = only([finding, correction, decision]);
    const after = only([finding, decision, correction]);
    expect([before.ended?.on, after.ended?.on]).toEqual(['2020-06-03', '2020-06-03']);
  });

  it('45号: a decision reported before its finding and steps rests on them once they are reported', () => {
    const { facts } = history({ finding: { massIncident: true } });
    const decision = facts.at(-1)!;
    expect(flagCodes([decision, ...facts.slice(0, -1)])).toEqual([]);
    expect(flagCodes([decision])).toEqual(['qualifying-fact-not-recorded', 'step-missing', 'step-missing', 'step-missing']);
  });

  it('45号: a step dated after the decision is missing for it', () => {
    const { facts, findingNumber } = history({ finding: { massIncident: true }, steps: ['notice', 'missed'] });
    const lateOrder = fact('WagePaymentOrdered', { orderNumber: '限付晚', findingNumber, orderedOn: '2026-04-01', deadline: '2026-04-15' });
    expect(flagCodes([...facts, lateOrder])).toEqual(['step-missing']);
  });

  it('45号: corrected before the listing, the 6 months count from the listing', () => {
    const { facts, findingNumber, decisionNumber } = history({ finding: { massIncident: true } });
    const entry = only([
      ...facts,
      corrected(findingNumber, '2026-03-01'),
      applied(decisionNumber, '2026-09-01'),
      removal(decisionNumber, '2026-09-05'),
    ]);
    expect(entry.ended?.on).toBe('2026-09-20');
    expect(entry.ended?.flags?.map((f) => f.requirement)).toEqual(['minimum']);
  });

  it('45号 第十三条: a new finding meeting the province’s amount limb after the listing bars the early removal (flagged reoffended)', () => {
    const { facts, findingNumber, decisionNumber } = history({ finding: { massIncident: true } });
    const again = fact(
      'WageArrearsFound',
      {
        decisionNumber: '人社监处字〔2026〕新1号',
        foundOn: '2026-05-10',
        workers: 1,
        months: 3,
        amount: '10000.00',
        oneWorkerMonths: 3,
        oneWorkerAmount: '10000.00',
      },
      LIAONING,
    );
    const entry = only([
      ...facts,
      corrected(findingNumber, '2026-04-01'),
      again,
      applied(decisionNumber, '2026-10-01'),
      removal(decisionNumber, '2026-10-12'),
    ]);
    expect(entry.ended?.flags?.map((f) => f.code)).toEqual(['reoffended']);
  });
});
