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
  | 'relation-periods-overlap';

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
]);

/** A command the subject's history refuses: a problem on the field at `path`, returned as a value, never thrown. */
export interface DomainError extends Problem {
  readonly code: DomainErrorCode;
  readonly kind: Extract<RefusalKind, 'invalid' | 'conflict'>;
}

export const domainError = (code: DomainErrorCode, path: string, reason: string): DomainError => ({
  path,
  code,
  reason,
  kind: CONFLICTS.has(code) ? 'conflict' : 'invalid',
});
