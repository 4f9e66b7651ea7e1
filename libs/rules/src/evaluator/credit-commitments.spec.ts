import type { LocalDate } from '#kernel';
import { ENTERPRISE, entries, fact, loadRules, measureIds, measures } from '../testing/rule-spec.js';
import { entryStatus, listEntries } from './list-entries.js';
import { repairEligibility } from './repair-eligibility.js';

const rules = loadRules('publication-periods.yaml', 'credit-commitments.yaml', 'a-level-taxpayers.yaml');
const NO_COMMITMENT = 'CC.NO_COMMITMENT_APPROVAL';

let number = 0;
const made = (madeOn = '2026-04-10', dueOn = '2026-06-10') =>
  fact('CreditCommitmentMade', { commitmentNumber: `CN-${++number}`, matter: '食品经营许可告知承诺', madeOn, dueOn });
const broken = (of: ReturnType<typeof made>, verifiedOn = '2026-05-20', severity?: string) =>
  fact('CreditCommitmentBroken', {
    commitmentNumber: of.data.commitmentNumber,
    verifiedOn,
    finding: '实际经营条件与承诺不符',
    ...(severity && { severity }),
  });
const kept = (of: ReturnType<typeof made>, verifiedOn = '2026-05-20') =>
  fact('CreditCommitmentKept', { commitmentNumber: of.data.commitmentNumber, verifiedOn });
const approvalCheck = (asOf: string) => ({ asOf, scenario: 'administrative-approval' as const });

describe('国办发〔2019〕35号 / 〔2020〕42号 / 令第36号: a broken credit commitment', () => {
  describe('given a commitment made, when verification finds it broken', () => {
    const commitment = made();
    const finding = broken(commitment, '2026-05-20', 'general');
    const [entry] = entries(rules, [commitment, finding]);

    it('then it is recorded as dishonesty information from the verification, with its basis', () => {
      expect(entry).toMatchObject({
        listType: 'broken-credit-commitment',
        color: 'black',
        record: 'dishonesty-information',
        criterion: 'CC.BROKEN.VERIFIED',
        since: '2026-05-20',
        termKind: 'publication-period',
        causes: [finding.eventId],
        regime: { id: 'ndrc-order-36', documentNumber: '国家发展改革委令第36号' },
      });
      expect(entry.basis.documentNumber).toBe('国办发〔2019〕35号');
    });

    it('then approvals on commitment stop for the subject (42号), in the approval scenario only', () => {
      expect(measureIds(rules, [commitment, finding], ENTERPRISE, approvalCheck('2026-06-01'))).toEqual([NO_COMMITMENT]);
      expect(measureIds(rules, [commitment, finding], ENTERPRISE, { asOf: '2026-06-01', scenario: 'government-procurement' })).toEqual([]);
      const [measure] = measures(rules, [commitment, finding], ENTERPRISE, approvalCheck('2026-06-01'));
      expect(measure.basis.documentNumber).toBe('国办发〔2020〕42号');
      expect(measure.because.map((b) => b.eventIds).flat()).toContain(finding.eventId);
    });
  });

  it.each([
    ['minor', '2026-08-20'],
    ['general', '2027-05-20'],
    ['serious', '2029-05-20'],
    [undefined, '2029-05-20'],
  ])('class %s: in force until the maximum period of its class (36号), a record without class at most 3 years', (severity, until) => {
    const commitment = made();
    const [entry] = entries(rules, [commitment, broken(commitment, '2026-05-20', severity)]);
    expect(entry.until).toBe(until);
    const dayBefore = new Date(`${until}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    const lastDay = dayBefore.toISOString().slice(0, 10) as LocalDate;
    expect([entryStatus(entry, lastDay), entryStatus(entry, until as LocalDate)]).toEqual(['active', 'expired']);
    expect(measureIds(rules, [commitment, broken(commitment, '2026-05-20', severity)], ENTERPRISE, approvalCheck(until))).toEqual([]);
  });

  it('given a commitment kept, nothing is recorded and no measure applies', () => {
    const commitment = made();
    expect(entries(rules, [commitment, kept(commitment)])).toEqual([]);
    expect(measureIds(rules, [commitment, kept(commitment)], ENTERPRISE, approvalCheck('2026-06-01'))).toEqual([]);
  });

  it('given a commitment past its due date and never verified, nothing starts: no text gives the due date an effect', () => {
    const commitment = made('2026-04-10', '2026-05-01');
    expect(entries(rules, [commitment])).toEqual([]);
    expect(measureIds(rules, [commitment], ENTERPRISE, approvalCheck('2026-09-01'))).toEqual([]);
  });

  it('given a verification before 令第36号 (2026-04-01), nothing is decided: no earlier period was read', () => {
    const commitment = made('2025-10-01', '2026-01-01');
    expect(entries(rules, [commitment, broken(commitment, '2026-03-31', 'serious')])).toEqual([]);
  });

  it('is no black listing: an A-level taxpayer entry stays in force (1798号 (十九) names 黑名单 only)', () => {
    const rating = fact('TaxCreditRated', { year: 2025, level: 'A', publishedOn: '2026-04-20' });
    const commitment = made();
    const found = entries(rules, [rating, commitment, broken(commitment, '2026-05-20', 'serious')]);
    expect(found.map((e) => [e.listType, e.ended?.reason])).toEqual([
      ['a-level-taxpayer', undefined],
      ['broken-credit-commitment', undefined],
    ]);
  });
});

describe('令第36号 第二条、第四条: a broken commitment is 其他失信信息, repairable like any record no law makes unrepairable', () => {
  const corrected = (of: ReturnType<typeof made>, correctedOn: string) =>
    fact('CreditCommitmentBreachCorrected', { commitmentNumber: of.data.commitmentNumber, correctedOn, proof: '整改验收意见书' });
  const applied = (record: { eventId: string }, appliedOn: string) =>
    fact('CreditRepairApplied', { applicationNumber: `申-${++number}`, recordEventId: record.eventId, commitmentMade: true, appliedOn });
  const judge = (facts: ReturnType<typeof fact>[], asOf: string) =>
    repairEligibility(facts, listEntries(facts, rules), rules, asOf as LocalDate).find((r) => r.record.type === 'CreditCommitmentBroken')!;

  it.each([
    ['minor', '2026-05-20'],
    ['general', '2026-08-20'],
    ['serious', '2027-05-20'],
  ])('class %s: repairable from the end of its minimum (%s), once corrected and committed, not the day before', (severity, reachedOn) => {
    const commitment = made();
    const finding = broken(commitment, '2026-05-20', severity);
    const facts = [commitment, finding, corrected(commitment, '2026-05-20'), applied(finding, '2026-05-20')];
    expect(judge(facts, reachedOn)).toMatchObject({
      record: {
        kind: 'list-entry',
        class: severity,
        listType: 'broken-credit-commitment',
        documentNumber: commitment.data.commitmentNumber,
      },
      regime: { id: 'ndrc-order-36' },
      minimumPeriod: { from: '2026-05-20', reachedOn, reached: true },
      obligations: { performed: true, shownBy: { type: 'CreditCommitmentBreachCorrected', on: '2026-05-20' } },
      notRepairable: null,
      eligible: true,
    });
    const dayBefore = new Date(Date.parse(`${reachedOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (dayBefore >= '2026-05-20') expect(judge(facts, dayBefore).reasons.map((r) => r.code)).toEqual(['minimum-period-not-reached']);
  });

  it('without the breach corrected on record: refused for that reason only', () => {
    const commitment = made();
    const finding = broken(commitment, '2026-05-20', 'general');
    expect(judge([commitment, finding, applied(finding, '2026-09-01')], '2026-09-01').reasons.map((r) => r.code)).toEqual([
      'obligations-not-performed',
    ]);
  });

  it('an approved repair ends the entry and the 42号 measure with it (第三条: measures lift with publication)', () => {
    const commitment = made();
    const finding = broken(commitment, '2026-05-20', 'general');
    const application = applied(finding, '2026-09-01');
    const approved = fact('CreditRepairDecided', {
      applicationNumber: application.data.applicationNumber,
      recordEventId: finding.eventId,
      outcome: 'approved',
      decidedOn: '2026-09-08',
      reason: '核实',
    });
    const facts = [commitment, finding, corrected(commitment, '2026-06-01'), application, approved];
    expect(measureIds(rules, facts, ENTERPRISE, approvalCheck('2026-09-07'))).toEqual([NO_COMMITMENT]);
    expect(measureIds(rules, facts, ENTERPRISE, approvalCheck('2026-09-08'))).toEqual([]);
  });
});
