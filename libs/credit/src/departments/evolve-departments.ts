import { RECORDER_ROLES, type RecorderRole } from '../facts/fact-definition.js';
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

/** evolve(state, event) → the next state; a stored event is parsed first (see {@link parseDepartmentEvent}). */
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
      update(event.data.departmentId, (d) => ({
        ...d,
        keys: d.keys.map((k) => (k.id === event.data.keyId ? { ...k, revokedAt: event.data.revokedAt } : k)),
      }));
      break;
  }
  return { departments, keyOwners };
}

/** A stored event of the departments stream, as read: its shape is checked before it is folded. */
export interface StoredDepartmentEvent {
  readonly id: string;
  readonly revision: number;
  readonly type: string;
  readonly data: unknown;
}

type Parsed = { readonly event: DepartmentEvent } | { readonly problem: string };

const isRecorderRole = (role: unknown): role is RecorderRole => typeof role === 'string' && Object.hasOwn(RECORDER_ROLES, role);

/**
 * The department event a stored one is, checked against `state` (shape, unknown department or key), or
 * why it cannot be applied. The stream is read, not trusted: a malformed entry is reported, not fatal.
 */
export function parseDepartmentEvent(state: DepartmentsState, { type, data }: { readonly type: string; readonly data: unknown }): Parsed {
  if (typeof data !== 'object' || data === null) return { problem: 'data: not an object' };
  const field = (name: string): unknown => (Object.hasOwn(data, name) ? Reflect.get(data, name) : undefined);
  const departmentId = field('departmentId');
  const idProblem = departmentIdProblem(departmentId);
  if (idProblem || typeof departmentId !== 'string') return { problem: `departmentId: ${idProblem}` };
  const known = state.departments.has(departmentId);
  const roles = (name: string): readonly RecorderRole[] | undefined => {
    const value = field(name);
    return Array.isArray(value) && value.every(isRecorderRole) ? value : undefined;
  };
  const rolesProblem = { problem: 'roles: not a list of known roles' };
  switch (type) {
    case DEPARTMENT_REGISTERED: {
      const name = field('name');
      const granted = roles('roles');
      if (known) return { problem: `department ${departmentId} is registered twice` };
      if (typeof name !== 'string' || !name.trim()) return { problem: 'name: required' };
      return granted ? { event: { type, data: { departmentId, name, roles: granted } } } : rolesProblem;
    }
    case DEPARTMENT_ROLES_CHANGED: {
      if (!known) return { problem: `no department ${departmentId}` };
      const granted = roles('roles');
      if (!granted) return rolesProblem;
      return { event: { type, data: { departmentId, roles: granted, previousRoles: roles('previousRoles') ?? [] } } };
    }
    case API_KEY_ISSUED: {
      const [keyId, sha256, createdAt] = [field('keyId'), field('sha256'), field('createdAt')];
      if (!known) return { problem: `no department ${departmentId}` };
      if (typeof keyId !== 'string' || !API_KEY_ID.test(keyId)) return { problem: 'keyId: 8 characters a-z0-9' };
      if (state.keyOwners.has(keyId)) return { problem: `key ${keyId} is issued twice` };
      if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return { problem: 'sha256: 64 hex digits' };
      return typeof createdAt === 'string'
        ? { event: { type, data: { departmentId, keyId, sha256, createdAt } } }
        : { problem: 'createdAt: required' };
    }
    case API_KEY_REVOKED: {
      const [keyId, revokedAt] = [field('keyId'), field('revokedAt')];
      if (typeof keyId !== 'string' || findKey(state, keyId)?.department.id !== departmentId)
        return { problem: `no key ${String(keyId)} of department ${departmentId}` };
      return typeof revokedAt === 'string'
        ? { event: { type, data: { departmentId, keyId, revokedAt } } }
        : { problem: 'revokedAt: required' };
    }
    default:
      return { problem: `unknown event type ${type}` };
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
  for (const stored of events) {
    const parsed = parseDepartmentEvent(state, stored);
    if ('problem' in parsed) skipped.push({ eventId: stored.id, revision: stored.revision, type: stored.type, problem: parsed.problem });
    else state = evolveDepartments(state, parsed.event);
  }
  return { state, skipped };
}
