/**
 * Credit commitments (告知承诺) under the shipped rule set: a commitment found broken is recorded with its listing as
 * dishonesty information (国办发〔2019〕35号, 令第36号) for the maximum period of its class; a kept one lists nothing, and
 * a commitment is either kept or broken, never both.
 */
import { factEventId, SUBJECT_LISTED } from '#credit';
import { listingRulesOf } from '#ingestion';
import { loadShippedRuleSet } from '#runtime';
import { DEPARTMENT, ENTERPRISE, given, type FactShorthand } from '../../libs/credit/src/subject-stream/testing/given-when-then.js';

const rules = listingRulesOf(loadShippedRuleSet());
const commitment = { commitmentNumber: 'CN-2026-000981', matter: '食品经营许可告知承诺', madeOn: '2026-04-10', dueOn: '2026-06-10' };
const made: FactShorthand = { type: 'CreditCommitmentMade', subject: ENTERPRISE, data: commitment, sourceRecordId: 'made' };
const broken = (severity?: string): FactShorthand => ({
  type: 'CreditCommitmentBroken',
  subject: ENTERPRISE,
  data: {
    commitmentNumber: commitment.commitmentNumber,
    verifiedOn: '2026-05-20',
    finding: '实际经营条件与承诺不符',
    ...(severity && { severity }),
  },
  sourceRecordId: 'broken',
});
const kept: FactShorthand = {
  type: 'CreditCommitmentKept',
  subject: ENTERPRISE,
  data: { commitmentNumber: commitment.commitmentNumber, verifiedOn: '2026-05-20' },
  sourceRecordId: 'kept',
};

describe('decide: credit commitments (告知承诺)', () => {
  it('given a commitment made, when it is found broken (严重), the finding is recorded with its listing for 3 years', () => {
    const when = given(made).under(rules).when(broken('serious'));
    when.thenRecords({ fact: broken('serious').data });
    when.thenLists({
      listType: 'broken-credit-commitment',
      color: 'black',
      criterion: 'CC.BROKEN.VERIFIED',
      since: '2026-05-20',
      until: '2029-05-20',
      termKind: 'publication-period',
      causes: [factEventId(DEPARTMENT, 'broken')],
      basis: expect.objectContaining({ documentNumber: '国办发〔2019〕35号' }),
      reaches: [],
    });
  });

  it('given a commitment made, when it is found broken (一般), the listing lasts the 1-year maximum of its class', () => {
    given(made).under(rules).when(broken('general')).thenLists({ listType: 'broken-credit-commitment', until: '2027-05-20' });
  });

  it('given a commitment made, when it is found kept, it is recorded and lists nothing', () => {
    given(made).under(rules).when(kept).thenLists().thenDelists();
  });

  it('given a commitment made, a finding that names no commitment is refused', () => {
    const stray = { ...broken('general'), data: { ...broken('general').data, commitmentNumber: 'CN-UNKNOWN' } };
    given(made).under(rules).when(stray).thenRejects('reference-not-found');
  });

  it('given a commitment found broken, a later finding that it was kept is refused: the record stands', () => {
    given(made, broken('general')).under(rules).when(kept).thenRejects('reference-ended');
  });

  it('given a commitment made and nothing verified, no event on the stream lists the subject', () => {
    const history = given(made).under(rules).history;
    expect(history.filter((event) => event.type === SUBJECT_LISTED)).toEqual([]);
  });
});
