import type { RecorderRole } from '../facts/fact-definition.js';

/**
 * Departments, their competence and their API keys are recorded like everything else: one stream in
 * the event store, so the audit shows who granted which roles and which keys, and when (the actor is in
 * each event's metadata). Keys are stored as SHA-256 hashes only; the secret is never recorded.
 */
export const DEPARTMENTS_STREAM = 'departments';
export const DEPARTMENT_REGISTERED = 'credit.DepartmentRegistered.v1';
export const DEPARTMENT_ROLES_CHANGED = 'credit.DepartmentRolesChanged.v1';
export const API_KEY_ISSUED = 'credit.ApiKeyIssued.v1';
export const API_KEY_REVOKED = 'credit.ApiKeyRevoked.v1';

export interface DepartmentRegisteredData {
  readonly departmentId: string;
  readonly name: string;
  readonly roles: readonly RecorderRole[];
}

export interface DepartmentRolesChangedData {
  readonly departmentId: string;
  readonly roles: readonly RecorderRole[];
  readonly previousRoles: readonly RecorderRole[];
}

export interface ApiKeyIssuedData {
  readonly departmentId: string;
  readonly keyId: string;
  readonly sha256: string;
  readonly createdAt: string;
}

export interface ApiKeyRevokedData {
  readonly departmentId: string;
  readonly keyId: string;
  readonly revokedAt: string;
}

export type DepartmentEvent =
  | { readonly type: typeof DEPARTMENT_REGISTERED; readonly data: DepartmentRegisteredData }
  | { readonly type: typeof DEPARTMENT_ROLES_CHANGED; readonly data: DepartmentRolesChangedData }
  | { readonly type: typeof API_KEY_ISSUED; readonly data: ApiKeyIssuedData }
  | { readonly type: typeof API_KEY_REVOKED; readonly data: ApiKeyRevokedData };
