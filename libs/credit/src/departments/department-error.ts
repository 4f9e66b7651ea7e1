import type { Problem, RefusalKind } from '#kernel';

export type DepartmentErrorCode =
  'invalid-id' | 'invalid-name' | 'invalid-roles' | 'department-exists' | 'unknown-department' | 'unknown-key' | 'key-id-taken';

/** A departments command the directory refuses: a problem on the field at `path`, turned into an exit code or a status code at the edge. */
export interface DepartmentError extends Problem {
  readonly code: DepartmentErrorCode;
  readonly kind: Extract<RefusalKind, 'invalid' | 'not-found' | 'conflict'>;
}

const KIND: Record<DepartmentErrorCode, DepartmentError['kind']> = {
  'invalid-id': 'invalid',
  'invalid-name': 'invalid',
  'invalid-roles': 'invalid',
  'unknown-department': 'not-found',
  'unknown-key': 'not-found',
  'department-exists': 'conflict',
  'key-id-taken': 'conflict',
};

export const departmentError = (code: DepartmentErrorCode, path: string, reason: string): DepartmentError => ({
  path,
  code,
  reason,
  kind: KIND[code],
});
