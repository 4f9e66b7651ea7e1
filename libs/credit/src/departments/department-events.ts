import { eventType, type Event } from '#kernel';
import type { RecorderRole } from '../facts/fact-definition.js';

/**
 * Departments, their competence and their API keys are recorded like everything else: one stream in
 * the event store, so the audit shows who granted which roles and which keys, and when (the actor is in
 * each event's metadata). Keys are stored as SHA-256 hashes only; the secret is never recorded.
 */
export const DEPARTMENTS_STREAM = 'departments';
export const DEPARTMENT_REGISTERED = eventType('credit', 'DepartmentRegistered', 1);
export const DEPARTMENT_ROLES_CHANGED = eventType('credit', 'DepartmentRolesChanged', 1);
export const API_KEY_ISSUED = eventType('credit', 'ApiKeyIssued', 1);
export const API_KEY_REVOKED = eventType('credit', 'ApiKeyRevoked', 1);

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

export type DepartmentRegistered = Event<typeof DEPARTMENT_REGISTERED, DepartmentRegisteredData>;
export type DepartmentRolesChanged = Event<typeof DEPARTMENT_ROLES_CHANGED, DepartmentRolesChangedData>;
export type ApiKeyIssued = Event<typeof API_KEY_ISSUED, ApiKeyIssuedData>;
export type ApiKeyRevoked = Event<typeof API_KEY_REVOKED, ApiKeyRevokedData>;

/** The events of the departments stream. */
export type DepartmentEvent = DepartmentRegistered | DepartmentRolesChanged | ApiKeyIssued | ApiKeyRevoked;
