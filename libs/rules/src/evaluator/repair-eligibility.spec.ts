import type { LocalDate } from '#kernel';
import { fact, loadRules } from '../testing/rule-spec.js';
import { listEntries, type FactRecord } from './list-entries.js';
import { repairEligibility, repairRefusal, type RepairReasonCode } from './repair-eligibility.js';

/**
 * Credit repair of one record (令第36号 from 2026-04-01; 令第58号 and 527号 for penalties decided under them):
 * the minimum period by the regime of the decision date, obligations performed, a public commitment.
 * Sources: docs/law/measures/repair.md, libs/rules/src/memoranda/publication-periods.yaml.
 */
const rules = loadRules('publication-periods.yaml', 'wage-arrears.yaml', 'jurisdiction-refusal-to-pay-wages.yaml');

let n = 0;
const penalty = (decisionDate: string, severity: string, extra: Record<string, unknown> = {}) =>
  fact('PenaltyDecided', { decisionNumber: `罚〔${++n}〕号`, decisionDate, severity, violationType: '违法行为', ...extra });
const performed = (p: FactRecord, performedOn: string) =>
  fact('PenaltyPerformed', { decisionNumber: p.data.decisionNumber, performedOn, proof: '缴款书' });
const applied = (record: FactRecord, appliedOn: string, commitmentMade = true) =>
  fact('CreditRepairApplied', { applicationNumber: `申〔${++n}〕`, recordEventId: record.eventId, commitmentMade, appliedOn });

const judge = (facts: FactRecord[], asOf: string) => repairEligibility(facts, listEntries(facts, rules), rules, asOf as LocalDate);
const codes = (facts: FactRecord[], asOf: string, record: FactRecord): RepairReasonCode[] =>
  judge(facts, asOf)
    .find((r) => r.record.eventId === record.eventId)!
    .reasons.map((r) => r.code);

describe('repair eligibility of a penalty: the regime of its decision date sets the minimum period', () => {
  it.each([
    // decided, class, extra, regime, minimum reached on
    ['2021-03-01', 'serious', {}, 'ndrc-527-2019', '2021-09-01'],
    ['2021-03-01', 'general', {}, 'ndrc-527-2019', '2021-06-01'],
    ['2024-01-10', 'general', {}, 'ndrc-order-58', '2024-04-10'],
    ['2024-01-10', 'serious', { sector: 'work-safety' }, 'ndrc-order-58', '2025-01-10'],
    ['2026-04-10', 'general', {}, 'ndrc-order-36', '2026-07-10'],
    ['2026-04-10', 'serious', {}, 'ndrc-order-36', '2027-04-10'],
    ['2026-04-10', 'minor', {}, 'ndrc-order-36', '2026-04-10'],
  ] as const)('decided %s (%s %j): %s, repair from %s, not the day before', (decided, severity, extra, regime, reachedOn) => {
    const p = penalty(decided, severity, extra);
    const facts = [p, performed(p, decided), applied(p, decided)];
    const [record] = judge(facts, reachedOn);
    expect(record).toMatchObject({ regime: { id: regime }, minimumPeriod: { reachedOn, reached: true }, eligible: true, reasons: [] });
    const dayBefore = new Date(Date.parse(`${reachedOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (dayBefore >= decided) expect(codes(facts, dayBefore, p)).toContain('minimum-period-not-reached');
  });

  it('527号 特定严重失信: published the full 3 years, never repairable', () => {
    const p = penalty('2021-03-01', 'serious', { specificSeriousDishonesty: true });
    const facts = [p, performed(p, '2021-03-10'), applied(p, '2024-01-01')];
    const [record] = judge(facts, '2025-01-01');
    expect(record).toMatchObject({
      record: { class: 'specific-serious' },
      notRepairable: { basis: { documentNumber: '发改办财金〔2019〕527号' } },
    });
    expect(record.eligible).toBe(false);
    expect(record.reasons.map((r) => r.code)).toEqual(['not-repairable']);
  });

  it('令第58号: one period for every class, a 1-year minimum in 安全生产, 消防, 特种设备', () => {
    const safety = penalty('2024-01-10', 'general', { sector: 'fire-safety' });
    const other = penalty('2024-01-10', 'general');
    const facts = [
      safety,
      other,
      performed(safety, '2024-01-20'),
      performed(other, '2024-01-20'),
      applied(safety, '2024-01-21'),
      applied(other, '2024-01-21'),
    ];
    const byId = new Map(judge(facts, '2024-06-01').map((r) => [r.record.eventId, r]));
    expect(byId.get(safety.eventId)).toMatchObject({ record: { class: 'single' }, minimumPeriod: { months: 12, reached: false } });
    expect(byId.get(other.eventId)).toMatchObject({ record: { class: 'single' }, minimumPeriod: { months: 3, reached: true } });
  });

  it('obligations not recorded and no commitment are reasons, each named', () => {
    const p = penalty('2026-04-10', 'general');
    expect(codes([p], '2026-08-01', p)).toEqual(['obligations-not-performed', 'commitment-not-made']);
    const facts = [p, performed(p, '2026-05-01')];
    expect(judge(facts, '2026-08-01')[0].obligations).toMatchObject({
      performed: true,
      shownBy: { type: 'PenaltyPerformed', on: '2026-05-01' },
    });
  });

  it('the decider asks with the application: its commitment counts; before the minimum it is refused with the date', () => {
    const p = penalty('2026-04-10', 'general');
    const facts = [p, performed(p, '2026-05-01')];
    const entries = listEntries(facts, rules);
    const application = { recordEventId: p.eventId, commitmentMade: true };
    expect(repairRefusal(facts, entries, rules, { ...application, on: '2026-07-10' as LocalDate })).toBeUndefined();
    expect(repairRefusal(facts, entries, rules, { ...application, on: '2026-07-09' as LocalDate })).toMatchObject({
      code: 'minimum-period-not-reached',
      reason: expect.stringContaining('2026-07-10'),
    });
    expect(repairRefusal(facts, entries, rules, { ...application, commitmentMade: false, on: '2026-07-10' as LocalDate })).toMatchObject({
      code: 'commitment-not-made',
    });
  });

  it('a penalty before every regime (2019-07) has no period encoded: not decided; a revoked penalty is no record', () => {
    const old = penalty('2018-05-01', 'serious');
    expect(codes([old], '2020-01-01', old)).toContain('no-period-encoded');
    const revoked = fact('PenaltyRevoked', {
      decisionNumber: old.data.decisionNumber,
      revokedBy: 'court',
      documentNumber: '判',
      revokedOn: '2019-01-01',
    });
    expect(judge([old, revoked], '2020-01-01')).toEqual([]);
  });
});

describe('repair of a black-list entry: its own list’s early removal rule (人社部令第45号)', () => {
  const findingNumber = '人社监处字〔2026〕9号';
  const decisionNumber = '人社列〔2026〕9号';
  const found = fact(
    'WageArrearsFound',
    { decisionNumber: findingNumber, foundOn: '2026-01-20', workers: 10, months: 4, amount: '50000.00' },
    '210000',
  );
  const listing = fact(
    'ListingDecided',
    { decisionNumber, listType: 'wage-arrears', grounds: [findingNumber], basis: '人社部令第45号第五条', listedOn: '2026-03-20' },
    '210000',
  );

  it('the minimum runs from the correction (6 months); the correction shows the obligations performed', () => {
    const corrected = fact('WageArrearsCorrected', { decisionNumber: findingNumber, correctedOn: '2026-04-01' });
    const facts = [found, listing, corrected, applied(listing, '2026-10-01')];
    const entry = judge(facts, '2026-10-01').find((r) => r.record.kind === 'list-entry')!;
    expect(entry).toMatchObject({
      record: { eventId: listing.eventId, listType: 'wage-arrears', class: 'serious' },
      regime: { documentNumber: '人社部令第45号' },
      minimumPeriod: { from: '2026-04-01', months: 6, reachedOn: '2026-10-01', reached: true },
      obligations: { performed: true, shownBy: { eventId: corrected.eventId } },
      eligible: true,
    });
  });

  it('without the correction on record the obligations are not performed', () => {
    expect(codes([found, listing, applied(listing, '2026-10-01')], '2026-10-01', listing)).toEqual(['obligations-not-performed']);
  });

  it('an approved repair ends the entry on its decision date (credit-repair); a refused one ends nothing', () => {
    const application = applied(listing, '2026-10-01');
    const decided = (outcome: string) =>
      fact('CreditRepairDecided', {
        applicationNumber: application.data.applicationNumber,
        recordEventId: listing.eventId,
        outcome,
        decidedOn: '2026-10-09',
        reason: '核实',
      });
    const refused = listEntries([found, listing, application, decided('refused')], rules);
    expect(refused[0].ended).toBeUndefined();
    const approved = decided('approved');
    const facts = [found, listing, application, approved];
    const [entry] = listEntries(facts, rules);
    expect(entry.ended).toMatchObject({
      on: '2026-10-09',
      reason: 'credit-repair',
      eventId: approved.eventId,
      basis: { documentNumber: '国家发展改革委令第36号' },
    });
    expect(judge(facts, '2026-10-10').find((r) => r.record.eventId === listing.eventId)).toMatchObject({
      repaired: { on: '2026-10-09', eventId: approved.eventId },
      eligible: false,
    });
  });
});
