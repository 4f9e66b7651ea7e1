import type { AnsweredSubject, CheckState, EntryProof, FeedbackState, Matter, MeasureFeedback } from '#credit';
import { performedOn } from '#credit';

export interface FeedbackView extends Omit<FeedbackState, 'measures' | 'revoked' | 'checkId'> {
  /** Each measure with the list entries the check found behind it: the proof. */
  readonly measures: (MeasureFeedback & { readonly proof: readonly EntryProof[] })[];
  readonly revoked?: { readonly reason: string; readonly revokedAt: string };
}

/** A check of record with its feedback, each reported measure linked to its proof. */
export interface CheckView {
  readonly checkId: string;
  readonly department: string;
  readonly actor: string;
  readonly performedAt: string;
  readonly performedOn: string;
  readonly asOf: string;
  readonly filters: { readonly scenario?: string; readonly department?: string };
  readonly matter?: Matter;
  readonly ruleSet: { readonly id: string; readonly version: string };
  readonly subjects: readonly string[];
  readonly answered: readonly AnsweredSubject[];
  readonly feedback: FeedbackView[];
}

export function checkView(state: Required<Pick<CheckState, 'check'>> & CheckState): CheckView {
  const { check } = state;
  const proofs = new Map(check.answered.flatMap((a) => a.measures.map((m) => [`${a.subject} ${m.measureId}`, m.entries] as const)));
  return {
    checkId: check.checkId,
    department: check.department,
    actor: check.actor,
    performedAt: check.performedAt,
    performedOn: performedOn(check),
    asOf: check.asOf,
    filters: check.filters,
    ...(check.matter ? { matter: check.matter } : {}),
    ruleSet: check.ruleSet,
    subjects: check.subjects,
    answered: check.answered,
    feedback: [...state.feedback.values()].map(({ checkId: _checkId, revoked, measures, ...feedback }) => ({
      ...feedback,
      measures: measures.map((m) => ({ ...m, proof: proofs.get(`${feedback.subject} ${m.measureId}`) ?? [] })),
      ...(revoked ? { revoked: { reason: revoked.reason, revokedAt: revoked.revokedAt } } : {}),
    })),
  };
}
