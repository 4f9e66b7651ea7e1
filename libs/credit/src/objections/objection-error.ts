import type { Problem, RefusalKind } from '#kernel';

export type ObjectionErrorCode =
  | 'unknown-objection'
  | 'record-not-found'
  | 'objection-open'
  | 'objection-closed'
  | 'step-out-of-order'
  | 'not-source-department'
  | 'credit-office-only'
  | 'correction-not-found'
  | 'invalid-field'
  | 'date-before-previous-step'
  | 'revocation-recorded';

/** A step the case refuses: a problem on the field at `path`, mapped to a status code only at the edge. */
export interface ObjectionError extends Problem {
  readonly code: ObjectionErrorCode;
  readonly kind: Exclude<RefusalKind, 'malformed'>;
}

const KIND: Record<ObjectionErrorCode, ObjectionError['kind']> = {
  'unknown-objection': 'not-found',
  'record-not-found': 'not-found',
  'objection-open': 'conflict',
  'objection-closed': 'conflict',
  'step-out-of-order': 'conflict',
  'not-source-department': 'forbidden',
  'credit-office-only': 'forbidden',
  'correction-not-found': 'invalid',
  'invalid-field': 'invalid',
  'date-before-previous-step': 'invalid',
  'revocation-recorded': 'conflict',
};

export const objectionError = (code: ObjectionErrorCode, path: string, reason: string): ObjectionError => ({
  code,
  path,
  reason,
  kind: KIND[code],
});
