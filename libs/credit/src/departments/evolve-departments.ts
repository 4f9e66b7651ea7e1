import { RECORDER_ROLES } from '../facts/fact-definition.js';
import type { Department } from './department.js';
import { API_KEY_ID, departmentIdProblem } from './department-id.js';
import {
  API_KEY_ISSUED,
  API_KEY_REVOKED,
  DEPARTMENT_REGISTERED,
  DEPARTMENT_ROLES_CHANGED,
  type DepartmentEvent,
} from './department-events.js';
import { findKey, initialDepartmentsState, type DepartmentsState } from './departments-state.js';

/** evolve(state, event) → the next state; the event must be well-formed (see {@link departmentEventProblem}). */
export function evolveDepartments(state: DepartmentsState, event: DepartmentEvent): DepartmentsState {
  const departments = new Map(state.departments);
  const keyOwners = new Map(state.keyOwners);
  const update = (id: string, change: (department: Department) => Department) => departments.set(id, change(departments.get(id)!));
  switch (event.type) {
    case DEPARTMENT_REGISTERED:
      departments.set(event.data.departmentId, { id: event.data.departmentId, name: event.data.name, roles: event.data.roles, keys: [] });
      break;
    case DEPARTMENT_ROLES_CHANGED:
      update(event.data.departmentId, (d) => ({ ...d, roles: event.data.roles }));
      break;
    case API_KEY_ISSUED: {
      const { departmentId, keyId, sha256, createdAt } = event.data;
      update(departmentId, (d) => ({ ...d, keys: [...d.keys, { id: keyId, sha256, createdAt }] }));
      keyOwners.set(keyId, departmentId);
      break;
    }
    case API_KEY_REVOKED:
      update(event.data.departmentId, (d) => ({ ...d, keys: d.keys.map((k) => (k.id === event.data.keyId ? { ...k, revokedAt: event.data.revokedAt } : k)) }));
      break;
  }
  return { departments, keyOwners };
}

/** Why a stored event cannot be applied to `state` (bad shape, unknown department or key), or undefined. */
export function departmentEventProblem(state: DepartmentsState, event: { type: string; data: unknown }): string | undefined {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const idProblem = departmentIdProblem(data.departmentId);
  if (idProblem) return `departmentId: ${idProblem}`;
  const id = data.departmentId as string;
  const known = state.departments.has(id);
  const rolesProblem = (field: string) =>
    !Array.isArray(data[field]) || data[field].some((role) => typeof role !== 'string' || !Object.hasOwn(RECORDER_ROLES, role)) ? `${field}: not a list of known roles` : undefined;
  switch (event.type) {
    case DEPARTMENT_REGISTERED:
      if (known) return `department ${id} is registered twice`;
      if (typeof data.name !== 'string' || !data.name.trim()) return 'name: required';
      return rolesProblem('roles');
    case DEPARTMENT_ROLES_CHANGED:
      return known ? rolesProblem('roles') : `no department ${id}`;
    case API_KEY_ISSUED:
      if (!known) return `no department ${id}`;
      if (typeof data.keyId !== 'string' || !API_KEY_ID.test(data.keyId)) return 'keyId: 8 characters a-z0-9';
      if (state.keyOwners.has(data.keyId)) return `key ${data.keyId} is issued twice`;
      if (typeof data.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(data.sha256)) return 'sha256: 64 hex digits';
      return typeof data.createdAt === 'string' ? undefined : 'createdAt: required';
    case API_KEY_REVOKED:
      if (typeof data.keyId !== 'string' || findKey(state, data.keyId)?.department.id !== id) return `no key ${String(data.keyId)} of department ${id}`;
      return typeof data.revokedAt === 'string' ? undefined : 'revokedAt: required';
    default:
      return `unknown event type ${event.type}`;
  }
}

/** A departments-stream event as it was stored: the store's record is one. */
export interface StoredDepartmentEvent {
  readonly id: string;
  readonly revision: number;
  readonly type: string;
  readonly data: unknown;
}

export interface SkippedDepartmentEvent {
  readonly eventId: string;
  readonly revision: number;
  readonly type: string;
  readonly problem: string;
}

/** Folds stored events onto `state`; a malformed one is skipped and reported, never fatal: one bad entry must not lock everyone out. */
export function foldDepartmentEvents(
  events: readonly StoredDepartmentEvent[],
  state: DepartmentsState = initialDepartmentsState(),
): { state: DepartmentsState; skipped: SkippedDepartmentEvent[] } {
  const skipped: SkippedDepartmentEvent[] = [];
  for (const event of events) {
    const problem = departmentEventProblem(state, event);
    if (problem) skipped.push({ eventId: event.id, revision: event.revision, type: event.type, problem });
    else state = evolveDepartments(state, event as DepartmentEvent);
  }
  return { state, skipped };
}
