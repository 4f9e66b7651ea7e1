/**
 * contradiction 12 at the decider (docs/law/lists/which-date-decides.md §3): the subject's decider records the
 * same SubjectListed for a listing decision whether the decision is recorded under the rule set, or recorded
 * before and listed by the rule set's activation later. The regime is the decision date's; activation never
 * moves `since` to its own date.
 */
import { SUBJECT_LISTED, type Decision } from '#credit';
import { listingRulesOf } from '#ingestion';
import { decidedWagePart } from '../../libs/rules/src/testing/decided-wage-part.js';
import { loadRules } from '../../libs/rules/src/testing/rule-spec.js';
import { ENTERPRISE, given, type FactShorthand } from '../../libs/credit/src/subject-stream/testing/given-when-then.js';

const rules = listingRulesOf(loadRules(decidedWagePart));
const finding: FactShorthand = {
  type: 'WageArrearsFound',
  data: { decisionNumber: 'F1', foundOn: '2021-06-01', workers: 10, months: 3, amount: '250000.00' },
  sourceRecordId: 'finding',
};
const notice: FactShorthand = {
  type: 'ListingNoticeServed',
  data: { noticeNumber: 'N1', listType: 'test-wage', grounds: ['F1'], servedOn: '2021-11-01' },
  sourceRecordId: 'notice',
};
const decision = (listedOn: string): FactShorthand => ({
  type: 'ListingDecided',
  data: { decisionNumber: 'D1', listType: 'test-wage', grounds: ['F1'], basis: '测试', listedOn },
  sourceRecordId: 'decision',
});
const activation = (effectiveFrom: string) =>
  ({ kind: 'ReevaluateUnderRuleSet', activationId: 'activation-1', subject: ENTERPRISE.code, effectiveFrom }) as const;
const listed = (decided: Decision) => (decided.outcome === 'record' ? decided.events.filter((e) => e.type === SUBJECT_LISTED) : []);

describe('contradiction 12: the decider lists a decision the same way when recording it and when activating the rule set', () => {
  it.each`
    listedOn        | activatedOn     | regime
    ${'2021-12-31'} | ${'2022-06-01'} | ${'旧办法'}
    ${'2022-01-01'} | ${'2022-06-01'} | ${'新办法'}
    ${'2022-06-01'} | ${'2022-06-01'} | ${'新办法'}
  `(
    'a decision of $listedOn, activated on $activatedOn: one SubjectListed, under $regime, since $listedOn',
    ({ listedOn, activatedOn, regime }) => {
      const byRecording = listed(given(finding, notice).under(rules).when(decision(listedOn)).decision);
      const byActivation = listed(given(finding, notice, decision(listedOn)).when(activation(activatedOn), rules).decision);
      expect(byRecording).toHaveLength(1);
      expect(byActivation.map((event) => event.data)).toEqual(byRecording.map((event) => event.data));
      expect(byActivation[0].data).toMatchObject({ since: listedOn, regime: { documentNumber: regime }, flags: [] });
    },
  );
});
