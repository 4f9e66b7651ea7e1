/**
 * rule-format.md §4 through the subject decider: an approved early removal whose preconditions the record does not
 * show still ends the entry (the authority decided), and its SubjectDelisted carries `flags`; a refused one ends nothing.
 */
import { listingRulesOf } from '#ingestion';
import { loadRules } from '../../libs/rules/src/testing/rule-spec.js';
import { SYNTHETIC_BASIS as basis, syntheticPart } from '../../libs/rules/src/testing/synthetic-rules.js';
import { given, type FactShorthand } from '../../libs/credit/src/subject-stream/testing/given-when-then.js';

const rules = listingRulesOf(
  loadRules(
    syntheticPart({
      id: 'exit-flags',
      criteria: [
        { id: 'FLAG.LIST', fact: 'ListingDecided', since: 'listedOn', where: [{ field: 'listType', equals: 'exit-flags' }], basis },
      ],
      exits: [
        {
          fact: 'EarlyRemovalDecided',
          where: [{ field: 'outcome', equals: 'approved' }],
          by: ['listingDecisionNumber'],
          matches: ['decisionNumber'],
          on: 'decidedOn',
          application: {
            minimum: { months: 6, from: 'correction' },
            requires: [
              {
                id: 'correction',
                description: '已改正',
                fact: 'WageArrearsCorrected',
                by: ['decisionNumber'],
                matches: ['grounds'],
                on: 'correctedOn',
              },
            ],
          },
          basis,
        },
      ],
    }),
  ),
);
const listing: FactShorthand = {
  type: 'ListingDecided',
  data: { decisionNumber: '列-1', listType: 'exit-flags', listedOn: '2026-01-10', grounds: ['罚-1'], basis: '测试' },
};
const decided = (outcome: string): FactShorthand => ({
  type: 'EarlyRemovalDecided',
  data: { applicationNumber: '申-1', listingDecisionNumber: '列-1', outcome, decidedOn: '2026-06-01', reason: '测试' },
});

describe('an exit on application through the decider (§4)', () => {
  it('approved without the correction on record: delisted on the later of its date and the minimum, flagged precondition-missing', () => {
    given(listing)
      .under(rules)
      .when(decided('approved'))
      .thenLists()
      .thenDelists({
        listType: 'exit-flags',
        reason: 'exit',
        on: '2026-07-10',
        flags: [
          expect.objectContaining({ code: 'precondition-missing', requirement: 'correction' }),
          expect.objectContaining({ code: 'precondition-missing', requirement: 'minimum' }),
        ],
      });
  });

  it('refused: nothing ends', () => {
    given(listing).under(rules).when(decided('refused')).thenLists().thenDelists();
  });
});
