import { decidedWagePart } from '../testing/decided-wage-part.js';
import { entries, fact, loadRules } from '../testing/rule-spec.js';
import type { LocalDate } from '#kernel';
import { listCandidates as candidatesOn } from './candidates.js';

const rules = loadRules(decidedWagePart);
const listCandidates = (facts: Parameters<typeof candidatesOn>[0], r: typeof rules, asOf: string) =>
  candidatesOn(facts, r, asOf as LocalDate);
const finding = (decisionNumber: string, amount = '250000.00', foundOn = '2022-02-01') =>
  fact('WageArrearsFound', { decisionNumber, foundOn, workers: 10, months: 3, amount });
const notice = (grounds: string[], servedOn: string) =>
  fact('ListingNoticeServed', { noticeNumber: `告-${servedOn}`, listType: 'test-wage', grounds, servedOn });
const decided = (grounds: string[], listedOn: string) =>
  fact('ListingDecided', { decisionNumber: `列-${listedOn}`, listType: 'test-wage', grounds, basis: '测试', listedOn });

describe('listCandidates: a qualifying fact no decision names (rule-format.md §2)', () => {
  it('given a qualifying finding without a decision, the subject is a candidate (not listed), the notice step not done', () => {
    const f = finding('F1');
    const facts = [f];
    expect(entries(rules, facts)).toEqual([]);
    expect(listCandidates(facts, rules, '2022-03-01')).toEqual([
      {
        listType: 'test-wage',
        criterion: 'WAGE.NEW.AMOUNT',
        regime: { id: 'test-new', documentNumber: '新办法', effectiveFrom: '2022-01-01' },
        qualifyingFact: f,
        steps: [{ id: 'notice-served', description: '告知拟列入', done: false }],
      },
    ]);
  });

  it('a step recorded shows done, with its event', () => {
    const n = notice(['F1'], '2022-02-10');
    const [candidate] = listCandidates([finding('F1'), n], rules, '2022-03-01');
    expect(candidate.steps).toEqual([{ id: 'notice-served', description: '告知拟列入', done: true, eventId: n.eventId }]);
  });

  it('a step dated after asOf is not done yet', () => {
    const [candidate] = listCandidates([finding('F1'), notice(['F1'], '2022-02-10')], rules, '2022-02-09');
    expect(candidate.steps[0].done).toBe(false);
  });

  it.each`
    amount         | candidate
    ${'199999.99'} | ${false}
    ${'200000.00'} | ${true}
  `('a finding of $amount is a candidate: $candidate (threshold exactly / just below)', ({ amount, candidate }) => {
    expect(listCandidates([finding('F1', amount)], rules, '2022-03-01')).toHaveLength(candidate ? 1 : 0);
  });

  it('once a decision names the finding, it is listed and no longer a candidate', () => {
    const facts = [finding('F1'), notice(['F1'], '2022-02-10'), decided(['F1'], '2022-02-20')];
    expect(listCandidates(facts, rules, '2022-03-01')).toEqual([]);
    expect(entries(rules, facts)).toHaveLength(1);
  });

  it('a decision naming another finding leaves this one a candidate', () => {
    const facts = [finding('F1'), finding('F2'), decided(['F2'], '2022-02-20')];
    expect(listCandidates(facts, rules, '2022-03-01').map((c) => c.qualifyingFact.data.decisionNumber)).toEqual(['F1']);
  });

  it.each`
    asOf            | criterion
    ${'2021-12-31'} | ${'WAGE.OLD'}
    ${'2022-01-01'} | ${'WAGE.NEW.AMOUNT'}
  `('on $asOf the regime in force then decides the criterion: $criterion', ({ asOf, criterion }) => {
    const [candidate] = listCandidates([finding('F1', '250000.00', '2021-06-01')], rules, asOf);
    expect(candidate.criterion).toBe(criterion);
  });

  it('a finding recorded for a later date is no candidate before that date', () => {
    expect(listCandidates([finding('F1', '250000.00', '2022-02-01')], rules, '2022-01-31')).toEqual([]);
  });
});
