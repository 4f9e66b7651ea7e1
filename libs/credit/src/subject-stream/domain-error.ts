/** A command the subject's history refuses: answered as a 4xx problem naming the field, never thrown. */
export interface DomainError {
  readonly code:
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
  readonly field: string;
  readonly message: string;
}

export const domainError = (code: DomainError['code'], field: string, message: string): DomainError => ({
  code,
  field,
  message,
});
