/**
 * Candidacies (rule-format.md §2): where the law lists by a decision of the competent authority (人社部令第45号 第五条、
 * 第八条), the fact that meets a criterion is recorded with a ListingCandidateNoted naming the steps still missing; each
 * step taken notes it again; the decision that lists on it clears it as decided, in the same append as the listing.
 */
import {
  factEventId,
  LISTING_CANDIDATE_CLEARED,
  LISTING_CANDIDATE_NOTED,
  SUBJECT_LISTED,
  type ListingCandidateClearedData,
  type ListingCandidateNotedData,
  type SubjectStreamEvent,
} from '#credit';
import { listingRulesOf } from '#ingestion';
import { loadShippedRuleSet } from '#runtime';
import { validUscc } from '#kernel/testing';
import { definitionOf, DEPARTMENT, given, type FactShorthand } from '../../libs/credit/src/subject-stream/testing/given-when-then.js';

const rules = listingRulesOf(loadShippedRuleSet());
const example = (type: string) => definitionOf(type).example as Record<string, unknown>;
const fact = (type: string, data: Record<string, unknown> = {}, sourceRecordId?: string): FactShorthand => ({
  type,
  data: { ...example(type), ...data },
  sourceRecordId,
});

const finding = fact('WageArrearsFound', { massIncident: true }, 'finding');
const FINDING_ID = factEventId(DEPARTMENT, 'finding');
const noted = (events: readonly SubjectStreamEvent[]) =>
  events.filter((e) => e.type === LISTING_CANDIDATE_NOTED).map((e) => e.data as ListingCandidateNotedData);
const cleared = (events: readonly SubjectStreamEvent[]) =>
  events.filter((e) => e.type === LISTING_CANDIDATE_CLEARED).map((e) => e.data as ListingCandidateClearedData);
const missing = (candidate: ListingCandidateNotedData) => candidate.steps.filter((s) => !s.done).map((s) => s.id);

describe('candidates for a list only a decision starts (人社部令第45号)', () => {
  it('a finding that meets 第五条 is recorded with its candidacy: the criterion, the regime and every step still missing', () => {
    const [candidate, ...more] = noted(given().under(rules).when(finding).thenAppends());
    expect(more).toEqual([]);
    expect(candidate).toMatchObject({
      listType: 'wage-arrears',
      criterion: 'WAGE.45.INCIDENT',
      regime: { documentNumber: '人社部令第45号' },
      qualifyingFact: { eventId: FINDING_ID, type: 'WageArrearsFound' },
    });
    expect(missing(candidate).sort()).toEqual(['deadline-missed', 'notice-served', 'payment-ordered'].sort());
  });

  it('a finding that meets no criterion makes no candidate', () => {
    const events = given()
      .under(rules)
      .when(fact('WageArrearsFound', { massIncident: false, amount: '100.00' }))
      .thenAppends();
    expect(noted(events)).toEqual([]);
  });

  it('each step taken notes the candidacy again, with that step done', () => {
    const events = given(finding)
      .under(rules)
      .when(fact('WagePaymentOrdered', {}, 'order'))
      .thenAppends();
    const [candidate] = noted(events);
    expect(candidate.steps.find((s) => s.id === 'payment-ordered')).toMatchObject({
      done: true,
      eventId: factEventId(DEPARTMENT, 'order'),
    });
    expect(missing(candidate).sort()).toEqual(['deadline-missed', 'notice-served']);
  });

  it('a fact that changes no step notes nothing', () => {
    const events = given(finding)
      .under(rules)
      .when(fact('PenaltyDecided', {}, 'penalty'))
      .thenAppends();
    expect(noted(events)).toEqual([]);
    expect(cleared(events)).toEqual([]);
  });

  it('the listing decision lists the employer and clears the candidacy as decided, caused by the decision', () => {
    const steps = [
      fact('ListingNoticeServed', {}, 'notice'),
      fact('WagePaymentOrdered', {}, 'order'),
      fact('WagePaymentDeadlineMissed', {}, 'missed'),
    ];
    const events = given(finding, ...steps)
      .under(rules)
      .when(fact('ListingDecided', {}, 'decision'))
      .thenAppends();
    expect(events.filter((e) => e.type === SUBJECT_LISTED)).toHaveLength(1);
    expect(cleared(events)).toEqual([
      expect.objectContaining({
        listType: 'wage-arrears',
        qualifyingFactEventId: FINDING_ID,
        reason: 'decided',
        cause: factEventId(DEPARTMENT, 'decision'),
      }),
    ]);
    expect(noted(events)).toEqual([]);
  });
});

describe('the deciding department’s region decides the province’s figure (rule-format §6), not the registration', () => {
  // An employer registered in 辽宁 (figure 1万 for one worker) found by a department of 安康 (陕西: no figure on file).
  const liaoningEmployer = { kind: 'enterprise' as const, code: validUscc('91', '210102', '12345678'), name: '沈阳某某劳务有限公司' };
  const oneWorker = (jurisdiction?: string): FactShorthand => ({
    ...fact('WageArrearsFound', {
      massIncident: false,
      workers: 1,
      months: 3,
      amount: '10000.00',
      oneWorkerMonths: 3,
      oneWorkerAmount: '10000.00',
    }),
    subject: liaoningEmployer,
    jurisdiction,
  });

  it('recorded by a department without a region: the registration region (辽宁) and its figure — a candidate', () => {
    expect(noted(given().under(rules).when(oneWorker()).thenAppends()).map((c) => c.criterion)).toEqual(['WAGE.45.ONE_WORKER']);
  });

  it('recorded by a 安康 department (610900): 陕西 has no figure — threshold unknown, no candidate; the fact keeps the region', () => {
    const events = given().under(rules).when(oneWorker('610900')).thenAppends();
    expect(noted(events)).toEqual([]);
    expect(events[0].data).toMatchObject({ jurisdiction: '610900' });
  });
});
