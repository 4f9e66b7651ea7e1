import type { LocalDate } from '#kernel';
import { decidedWagePart } from '../testing/decided-wage-part.js';
import { entries, fact, loadRules } from '../testing/rule-spec.js';
import { listingChanges } from './listing-changes.js';
import { reevaluatedEntries } from './reevaluation.js';

/**
 * docs/law/lists/which-date-decides.md §3 (2, 3): the regime is chosen by the fact's deciding date, never by the
 * recording date or the rule-set activation date; an activation recomputes entries with the regimes by their
 * dates and never shifts `since`. So the same fact gives the same entry on the recording path and on the
 * activation path.
 */
const rules = loadRules(decidedWagePart);
const histories = new Map<string, ReturnType<typeof historyOf>>();
/** The same facts (the same event ids) for both paths. */
const history = (listedOn: string) => histories.get(listedOn) ?? histories.set(listedOn, historyOf(listedOn)).get(listedOn)!;
const historyOf = (listedOn: string) => {
  const finding = fact('WageArrearsFound', { decisionNumber: 'F1', foundOn: '2021-06-01', workers: 10, months: 3, amount: '250000.00' });
  const notice = fact('ListingNoticeServed', { noticeNumber: 'N1', listType: 'test-wage', grounds: ['F1'], servedOn: '2021-11-01' });
  const decision = fact('ListingDecided', { decisionNumber: 'D1', listType: 'test-wage', grounds: ['F1'], basis: '测试', listedOn });
  return { before: [finding, notice], decision };
};
/** The entry recording the decision under `rules` starts. */
const recorded = (listedOn: string) => {
  const { before, decision } = history(listedOn);
  return listingChanges(before, decision, rules).started;
};
/** The entries activating `rules` on `activatedOn` starts over the same facts, recorded before under rules without the list. */
const activated = (listedOn: string, activatedOn: string) => {
  const { before, decision } = history(listedOn);
  return reevaluatedEntries([...before, decision], [], rules, activatedOn as LocalDate).gained;
};

describe('contradiction 12: one path for recording and activation (which-date-decides.md §3)', () => {
  it.each`
    listedOn        | activatedOn     | regime        | since
    ${'2021-12-31'} | ${'2022-06-01'} | ${'test-old'} | ${'2021-12-31'}
    ${'2022-01-01'} | ${'2022-06-01'} | ${'test-new'} | ${'2022-01-01'}
    ${'2022-05-31'} | ${'2022-06-01'} | ${'test-new'} | ${'2022-05-31'}
    ${'2022-06-01'} | ${'2022-06-01'} | ${'test-new'} | ${'2022-06-01'}
  `(
    'a decision of $listedOn gives the same entry recorded or activated on $activatedOn: under $regime, since $since',
    ({ listedOn, activatedOn, regime, since }) => {
      const byRecording = recorded(listedOn);
      const byActivation = activated(listedOn, activatedOn);
      expect(byActivation).toEqual(byRecording);
      expect(byRecording.map((e) => [e.regime?.id, e.since])).toEqual([[regime, since]]);
    },
  );

  it('the activation date never chooses the regime: a 2021 decision activated in 2022 stays under the old regime with its old term', () => {
    const [entry] = activated('2021-12-31', '2022-06-01');
    expect([entry.criterion, entry.regime?.id, entry.since, entry.until]).toEqual(['WAGE.OLD', 'test-old', '2021-12-31', '2022-12-31']);
  });

  it('a decision dated before every regime lists on neither path', () => {
    expect(recorded('2017-12-31')).toEqual([]);
    expect(activated('2017-12-31', '2022-06-01')).toEqual([]);
  });

  it('an entry whose term ran out before the activation is not recorded by it (it changes nothing from the activation on)', () => {
    expect(entries(rules, [...history('2021-12-31').before, history('2021-12-31').decision])).toHaveLength(1);
    expect(activated('2021-12-31', '2022-12-31')).toEqual([]);
    expect(activated('2021-12-31', '2022-12-30')).toHaveLength(1);
  });
});

describe('contradiction 12: an entry both rule sets hold, which the new one ends, ends on activation as recording would end it', () => {
  const { before, decision } = history('2022-03-01');
  const revoked = fact('DelistingDecided', {
    listingDecisionNumber: 'D1',
    decisionNumber: 'R1',
    reason: '撤销',
    delistedOn: '2022-04-01',
  });
  const facts = [...before, decision, revoked];
  // Recorded under rules whose exit did not apply (before the correction of the rules): the entry ran on.
  const runningOn = entries(rules, [...before, decision]);

  it.each`
    activatedOn     | endsOn
    ${'2022-03-15'} | ${'2022-04-01'}
    ${'2022-06-01'} | ${'2022-06-01'}
  `('activated on $activatedOn, the recorded entry ends on $endsOn', ({ activatedOn, endsOn }) => {
    const { gained, lost } = reevaluatedEntries(facts, runningOn, rules, activatedOn as LocalDate);
    expect(gained).toEqual([]);
    expect(lost.map((e) => [e.criterion, e.ended?.on, e.ended?.reason])).toEqual([[runningOn[0].criterion, endsOn, 'exit']]);
  });

  it('an entry the new rules end no sooner than the recorded one is left as recorded', () => {
    expect(reevaluatedEntries(facts, entries(rules, facts), rules, '2022-06-01' as LocalDate).lost).toEqual([]);
  });
});
