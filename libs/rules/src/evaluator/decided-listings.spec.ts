import { decidedWagePart, NEW_REGIME_FROM, OLD_REGIME_FROM } from '../testing/decided-wage-part.js';
import { entries, fact, loadRules } from '../testing/rule-spec.js';

const rules = loadRules(decidedWagePart);

const finding = (decisionNumber: string, data: { amount?: string; massIncident?: boolean; foundOn?: string } = {}) =>
  fact('WageArrearsFound', {
    decisionNumber,
    foundOn: data.foundOn ?? '2017-06-01',
    workers: 10,
    months: 3,
    amount: data.amount ?? '250000.00',
    ...(data.massIncident !== undefined ? { massIncident: data.massIncident } : {}),
  });
const notice = (grounds: string[], servedOn: string) =>
  fact('ListingNoticeServed', { noticeNumber: `告-${servedOn}`, listType: 'test-wage', grounds, servedOn });
const decided = (grounds: string[], listedOn: string, listType = 'test-wage') =>
  fact('ListingDecided', { decisionNumber: `列-${listedOn}`, listType, grounds, basis: '测试', listedOn });

describe('listings decided by the competent authority (rule-format.md §2)', () => {
  it('given a qualifying finding and its notice, when the decision is recorded, the entry starts on the decision’s date with decision, finding, notice as causes', () => {
    const f = finding('F1');
    const n = notice(['F1'], '2022-03-01');
    const d = decided(['F1'], '2022-03-10');
    const [entry] = entries(rules, [f, n, d]);
    expect(entry).toMatchObject({ criterion: 'WAGE.NEW.AMOUNT', since: '2022-03-10', until: '2025-03-10', listingFact: d });
    expect(entry.causes).toEqual([d.eventId, f.eventId, n.eventId]);
    expect(entry.flags).toBeUndefined();
  });

  it('given a qualifying finding without a decision, nothing is listed', () => {
    expect(entries(rules, [finding('F1'), notice(['F1'], '2022-03-01')])).toEqual([]);
  });

  it('a decision of another list type lists nothing here', () => {
    expect(entries(rules, [finding('F1'), decided(['F1'], '2022-03-10', 'other-list')])).toEqual([]);
  });

  it.each`
    case                                          | facts                                                                                                          | flags
    ${'no qualifying fact recorded'}              | ${() => [notice(['F9'], '2022-03-01'), decided(['F1'], '2022-03-10')]}                                         | ${['qualifying-fact-not-recorded', 'step-missing']}
    ${'the named finding is below every limb'}    | ${() => [finding('F1', { amount: '199999.99' }), notice(['F1'], '2022-03-01'), decided(['F1'], '2022-03-10')]} | ${['criteria-not-met']}
    ${'threshold exactly met'}                    | ${() => [finding('F1', { amount: '200000.00' }), notice(['F1'], '2022-03-01'), decided(['F1'], '2022-03-10')]} | ${[]}
    ${'no notice'}                                | ${() => [finding('F1'), decided(['F1'], '2022-03-10')]}                                                        | ${['step-missing']}
    ${'notice served the day after the decision'} | ${() => [finding('F1'), notice(['F1'], '2022-03-11'), decided(['F1'], '2022-03-10')]}                          | ${['step-missing']}
    ${'notice served on the day of the decision'} | ${() => [finding('F1'), notice(['F1'], '2022-03-10'), decided(['F1'], '2022-03-10')]}                          | ${[]}
    ${'notice for another finding'}               | ${() => [finding('F1'), notice(['F2'], '2022-03-01'), decided(['F1'], '2022-03-10')]}                          | ${['step-missing']}
  `('given $case, the decision still lists, flagged $flags', ({ facts, flags }) => {
    const found = entries(rules, facts());
    expect(found).toHaveLength(1);
    expect(found[0].since).toBe('2022-03-10');
    expect((found[0].flags ?? []).map((flag) => flag.code)).toEqual(flags);
  });

  it('a step-missing flag names the step', () => {
    const [entry] = entries(rules, [finding('F1'), decided(['F1'], '2022-03-10')]);
    expect(entry.flags).toEqual([expect.objectContaining({ code: 'step-missing', step: 'notice-served' })]);
  });

  it('two limbs share one decision: the limb the finding meets is chosen, not the first in file order', () => {
    const f = finding('F1', { amount: '1000.00', massIncident: true });
    const [entry] = entries(rules, [f, notice(['F1'], '2022-03-01'), decided(['F1'], '2022-03-10')]);
    expect(entry.criterion).toBe('WAGE.NEW.INCIDENT');
    expect(entry.flags).toBeUndefined();
  });

  it('a decision naming several findings rests on the one that qualifies', () => {
    const low = finding('F1', { amount: '1000.00' });
    const high = finding('F2');
    const d = decided(['F1', 'F2'], '2022-03-10');
    const [entry] = entries(rules, [low, high, notice(['F2'], '2022-03-01'), d]);
    expect(entry.causes.slice(0, 2)).toEqual([d.eventId, high.eventId]);
    expect(entry.flags).toBeUndefined();
  });
});

describe('regimes chosen by the deciding date (rule-format.md §1)', () => {
  it.each`
    listedOn           | criterion            | regime        | until
    ${'2017-12-31'}    | ${undefined}         | ${undefined}  | ${undefined}
    ${OLD_REGIME_FROM} | ${'WAGE.OLD'}        | ${'test-old'} | ${'2019-01-01'}
    ${'2021-12-31'}    | ${'WAGE.OLD'}        | ${'test-old'} | ${'2022-12-31'}
    ${NEW_REGIME_FROM} | ${'WAGE.NEW.AMOUNT'} | ${'test-new'} | ${'2025-01-01'}
  `('a decision on $listedOn lists under $regime ($criterion), term until $until', ({ listedOn, criterion, regime, until }) => {
    const found = entries(rules, [finding('F1'), notice(['F1'], '2017-12-01'), decided(['F1'], listedOn)]);
    expect(found.map((e) => [e.criterion, e.regime?.id, e.until])).toEqual(criterion ? [[criterion, regime, until]] : []);
  });

  it('the entry names its regime: id, 文号 and dates', () => {
    const [entry] = entries(rules, [finding('F1'), notice(['F1'], '2021-12-01'), decided(['F1'], '2021-12-31')]);
    expect(entry.regime).toEqual({
      id: 'test-old',
      documentNumber: '旧办法',
      effectiveFrom: OLD_REGIME_FROM,
      effectiveUntil: NEW_REGIME_FROM,
    });
  });

  it('the qualifying fact’s own date does not choose the regime: a 2017 finding decided in 2022 is under the new regime', () => {
    const [entry] = entries(rules, [finding('F1', { foundOn: '2017-06-01' }), notice(['F1'], '2022-01-05'), decided(['F1'], '2022-01-10')]);
    expect(entry.regime?.id).toBe('test-new');
  });

  it('an exit under a regime ends only the entries listed under it (no retroactive exit rules)', () => {
    const oldDecision = decided(['F1'], '2021-12-31');
    const newDecision = decided(['F2'], '2022-06-01');
    const delist = (listing: ReturnType<typeof decided>) =>
      fact('DelistingDecided', {
        listingDecisionNumber: listing.data.decisionNumber,
        decisionNumber: `移-${String(listing.data.decisionNumber)}`,
        reason: '测试',
        delistedOn: '2022-09-01',
      });
    const found = entries(rules, [
      finding('F1'),
      finding('F2'),
      notice(['F2'], '2022-05-01'),
      oldDecision,
      newDecision,
      delist(oldDecision),
      delist(newDecision),
    ]);
    expect(found.map((e) => [e.regime?.id, e.ended?.on])).toEqual([
      ['test-old', undefined],
      ['test-new', '2022-09-01'],
    ]);
  });
});
