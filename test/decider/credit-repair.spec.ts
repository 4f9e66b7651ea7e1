/**
 * Credit repair through the subject decider (令第36号): an application is refused before the minimum period, without
 * performed obligations or without a public commitment (invalid: 422); only the department that decided the record
 * (谁认定、谁修复) or the credit office records the steps (forbidden: 403); a decision needs a recorded, undecided
 * application (conflict: 409); an approval ends the list entries resting on the record, on its date (credit-repair).
 */
import { listingRulesOf } from '#ingestion';
import { loadShippedRuleSet } from '#runtime';
import {
  definitionOf,
  factEvent,
  given,
  recordFact,
  type FactShorthand,
} from '../../libs/credit/src/subject-stream/testing/given-when-then.js';

const rules = listingRulesOf(loadShippedRuleSet());

const penalty: FactShorthand = {
  type: 'PenaltyDecided',
  sourceRecordId: 'penalty-1',
  data: {
    decisionNumber: '京朝市监罚〔2026〕123号',
    violationType: '销售不符合食品安全标准的食品',
    violationFacts: '菌落总数超标',
    legalBasis: '食品安全法第一百二十四条',
    categories: [{ category: 'fine' }],
    content: '罚款',
    fineAmount: '5.2',
    severity: 'general',
    decisionDate: '2026-05-06',
    publicationDate: '2026-05-09',
    authorityName: '北京市朝阳区市场监督管理局',
  },
};
const penaltyId = factEvent(penalty).id;
const performed: FactShorthand = {
  type: 'PenaltyPerformed',
  data: { decisionNumber: '京朝市监罚〔2026〕123号', performedOn: '2026-05-20', proof: '缴款书' },
};
const applied = (appliedOn: string, extra: Record<string, unknown> = {}, department?: string): FactShorthand => ({
  type: 'CreditRepairApplied',
  sourceRecordId: 'application-1',
  ...(department ? { department } : {}),
  data: { applicationNumber: 'XYXF-1', recordEventId: penaltyId, commitmentMade: true, appliedOn, ...extra },
});
const decided = (outcome: string, extra: Record<string, unknown> = {}, department?: string): FactShorthand => ({
  type: 'CreditRepairDecided',
  ...(department ? { department } : {}),
  data: { applicationNumber: 'XYXF-1', recordEventId: penaltyId, outcome, decidedOn: '2026-08-20', reason: '核实', ...extra },
});

describe('credit repair applications (令第36号)', () => {
  it('a 一般 penalty, performed, with a commitment: accepted from the end of the 3-month minimum', () => {
    given(penalty, performed).under(rules).when(applied('2026-08-06')).thenRecords();
  });

  it('before the minimum period: refused, naming the date it is reached', () => {
    const error = given(penalty, performed).under(rules).when(applied('2026-08-05')).thenRejects('repair-not-eligible', 'data.appliedOn');
    expect(error).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('2026-08-06') });
  });

  it('without performed obligations on record, or without a commitment: refused', () => {
    given(penalty).under(rules).when(applied('2026-08-06')).thenRejects('repair-not-eligible', 'data.recordEventId');
    given(penalty, performed)
      .under(rules)
      .when(applied('2026-08-06', { commitmentMade: false }))
      .thenRejects('repair-not-eligible', 'data.commitmentMade');
  });

  it('a record that is not on the subject: refused; another department’s record: forbidden; the credit office may', () => {
    given(penalty, performed)
      .under(rules)
      .when(applied('2026-08-06', { recordEventId: '00000000-0000-8000-8000-000000000000' }))
      .thenRejects('reference-not-found');
    const error = given(penalty, performed)
      .under(rules)
      .when(applied('2026-08-06', {}, 'dept-b'))
      .thenRejects('not-the-deciding-department');
    expect(error.kind).toBe('forbidden');
    const office = { ...recordFact(applied('2026-08-06', {}, 'office')), creditOffice: true };
    given(penalty, performed).under(rules).when(office).thenRecords();
  });

  it('a second application while one is pending: conflict', () => {
    const second = { ...applied('2026-08-07', { applicationNumber: 'XYXF-2' }), sourceRecordId: 'application-2' };
    const error = given(penalty, performed, applied('2026-08-06')).under(rules).when(second).thenRejects('repair-application-pending');
    expect(error.kind).toBe('conflict');
  });
});

describe('credit repair decisions', () => {
  it('without an application: conflict (409)', () => {
    const error = given(penalty, performed)
      .under(rules)
      .when(decided('approved'))
      .thenRejects('repair-not-applied', 'data.applicationNumber');
    expect(error.kind).toBe('conflict');
  });

  it('naming another record than the application, or before it: invalid; decided twice: conflict', () => {
    const history = given(penalty, performed, applied('2026-08-06')).under(rules);
    history.when(decided('approved', { recordEventId: '00000000-0000-8000-8000-000000000000' })).thenRejects('repair-record-mismatch');
    history.when(decided('approved', { decidedOn: '2026-08-05' })).thenRejects('repair-decided-before-application');
    given(penalty, performed, applied('2026-08-06'), decided('refused'))
      .under(rules)
      .when(decided('approved', {}, 'office-2'))
      .thenRejects('repair-already-decided');
  });

  it('the record revoked void from the start after the application (an upheld objection): any decision is a conflict', () => {
    const revoked: FactShorthand = {
      type: 'RecordRevoked',
      department: 'office',
      sourceRecordId: 'revocation-1',
      data: { ...(definitionOf('RecordRevoked').example as object), revokedEventId: penaltyId },
    };
    const error = given(penalty, performed, applied('2026-08-06'), revoked)
      .under(rules)
      .when(decided('approved', {}, 'office-2'))
      .thenRejects('repair-record-revoked', 'data.recordEventId');
    expect(error.kind).toBe('conflict');
  });

  it('approved: recorded; a later application for the repaired record is a conflict', () => {
    given(penalty, performed, applied('2026-08-06')).under(rules).when(decided('approved')).thenRecords();
    const again = { ...applied('2026-09-01', { applicationNumber: 'XYXF-2' }), sourceRecordId: 'application-2' };
    given(penalty, performed, applied('2026-08-06'), decided('approved')).under(rules).when(again).thenRejects('record-already-repaired');
  });

  it('approved for a black-list entry’s listing fact: the entry ends on the decision date, reason credit-repair', () => {
    const finding = '京朝人社监处字〔2026〕31号';
    const found: FactShorthand = {
      type: 'WageArrearsFound',
      jurisdiction: '110105',
      data: { decisionNumber: finding, foundOn: '2026-01-20', workers: 40, months: 4, amount: '620000.00', massIncident: true },
    };
    const listing: FactShorthand = {
      type: 'ListingDecided',
      sourceRecordId: 'listing-1',
      jurisdiction: '110105',
      data: {
        decisionNumber: '京朝人社列〔2026〕3号',
        listType: 'wage-arrears',
        grounds: [finding],
        basis: '人社部令第45号第五条',
        listedOn: '2026-03-20',
      },
    };
    const listingId = factEvent(listing).id;
    const corrected: FactShorthand = { type: 'WageArrearsCorrected', data: { decisionNumber: finding, correctedOn: '2026-04-01' } };
    const application = applied('2026-10-01', { recordEventId: listingId });
    given(found, listing, corrected, application)
      .under(rules)
      .when(decided('approved', { recordEventId: listingId, decidedOn: '2026-10-09' }))
      .thenDelists({ listType: 'wage-arrears', listingFactEventId: listingId, on: '2026-10-09', reason: 'credit-repair' });
  });

  it('a broken credit commitment (其他失信信息, 令第36号 第四条): applied for once corrected after its class’s minimum; approval delists it', () => {
    const made: FactShorthand = {
      type: 'CreditCommitmentMade',
      sourceRecordId: 'commitment-1',
      data: { commitmentNumber: 'CN-1', matter: '食品经营许可告知承诺', madeOn: '2026-04-10', dueOn: '2026-06-10' },
    };
    const broken: FactShorthand = {
      type: 'CreditCommitmentBroken',
      sourceRecordId: 'commitment-1-broken',
      data: { commitmentNumber: 'CN-1', verifiedOn: '2026-05-20', finding: '实际经营条件与承诺不符', severity: 'general' },
    };
    const brokenId = factEvent(broken).id;
    const corrected: FactShorthand = {
      type: 'CreditCommitmentBreachCorrected',
      sourceRecordId: 'commitment-1-corrected',
      data: { commitmentNumber: 'CN-1', correctedOn: '2026-06-15', proof: '整改验收意见书' },
    };
    given(made, broken, corrected)
      .under(rules)
      .when(applied('2026-08-19', { recordEventId: brokenId }))
      .thenRejects('repair-not-eligible', 'data.appliedOn');
    given(made, broken)
      .under(rules)
      .when(applied('2026-08-20', { recordEventId: brokenId }))
      .thenRejects('repair-not-eligible', 'data.recordEventId');
    given(made, broken, corrected)
      .under(rules)
      .when(applied('2026-08-20', { recordEventId: brokenId }))
      .thenRecords();
    given(made, broken, corrected, applied('2026-08-20', { recordEventId: brokenId }))
      .under(rules)
      .when(decided('approved', { recordEventId: brokenId, decidedOn: '2026-08-27' }))
      .thenDelists({ listType: 'broken-credit-commitment', listingFactEventId: brokenId, on: '2026-08-27', reason: 'credit-repair' });
  });
});
