import type { Problem, RefusalKind } from '#kernel';

export type DomainErrorCode =
  | 'fact-not-for-subject-kind'
  | 'subject-kind-mismatch'
  | 'source-record-conflict'
  | 'duplicate-decision-number'
  | 'already-registered'
  | 'reference-not-found'
  | 'reference-ended'
  | 'role-already-held'
  | 'role-not-held'
  | 'relation-end-before-start'
  | 'relation-periods-overlap'
  | 'repair-not-eligible'
  | 'record-already-repaired'
  | 'repair-application-pending'
  | 'repair-not-applied'
  | 'repair-already-decided'
  | 'repair-record-mismatch'
  | 'repair-decided-before-application'
  | 'repair-record-revoked'
  | 'not-the-deciding-department';

/**
 * Refusals that contradict what the subject's history already holds; the others say the command is
 * wrong in itself (a reference to nothing, a period that ends before it starts).
 */
const CONFLICTS: ReadonlySet<DomainErrorCode> = new Set([
  'source-record-conflict',
  'duplicate-decision-number',
  'already-registered',
  'role-already-held',
  'subject-kind-mismatch',
  'record-already-repaired',
  'repair-application-pending',
  'repair-not-applied',
  'repair-already-decided',
  'repair-record-revoked',
]);

/** Refusals of a step only another department may take (谁认定、谁修复). */
const FORBIDDEN: ReadonlySet<DomainErrorCode> = new Set(['not-the-deciding-department']);

/** A command the subject's history refuses: a problem on the field at `path`, returned as a value, never thrown. */
export interface DomainError extends Problem {
  readonly code: DomainErrorCode;
  readonly kind: Extract<RefusalKind, 'invalid' | 'conflict' | 'forbidden'>;
}

export const domainError = (code: DomainErrorCode, path: string, reason: string): DomainError => ({
  path,
  code,
  reason,
  kind: FORBIDDEN.has(code) ? 'forbidden' : CONFLICTS.has(code) ? 'conflict' : 'invalid',
});
