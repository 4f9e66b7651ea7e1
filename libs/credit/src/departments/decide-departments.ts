import { RECORDER_ROLES, type RecorderRole } from '../facts/fact-definition.js';
import type { ApiKeyRecord, Department } from './department.js';
import { departmentError, type DepartmentError } from './department-error.js';
import { departmentIdProblem } from './department-id.js';
import {
  API_KEY_ISSUED,
  API_KEY_REVOKED,
  DEPARTMENT_REGISTERED,
  DEPARTMENT_ROLES_CHANGED,
  type DepartmentEvent,
} from './department-events.js';
import { findKey, type DepartmentsState } from './departments-state.js';

/** Commands on the departments directory; ids, names and roles arrive unchecked (from the CLI, a file or HTTP). */
export type DepartmentCommand =
  | { readonly kind: 'register'; readonly id: string; readonly name: string; readonly roles: readonly string[]; readonly key: ApiKeyRecord }
  | { readonly kind: 'set-roles'; readonly id: string; readonly roles: readonly string[] }
  | { readonly kind: 'issue-key'; readonly id: string; readonly key: ApiKeyRecord }
  | { readonly kind: 'revoke-key'; readonly keyId: string; readonly at: string; readonly id?: string }
  /** Moves a department from a departments file: registers what is missing, never changes roles already recorded. */
  | { readonly kind: 'import'; readonly department: Department };

export type DepartmentDecision =
  /** `events` is empty when the directory already says what the command asks (nothing to record). */
  | { readonly outcome: 'record'; readonly events: readonly DepartmentEvent[] }
  | { readonly outcome: 'rejected'; readonly error: DepartmentError };

const rejected = (error: DepartmentError): DepartmentDecision => ({ outcome: 'rejected', error });
const record = (...events: DepartmentEvent[]): DepartmentDecision => ({ outcome: 'record', events });

/** decide(command, state) → the events to append; pure: the same directory and command always decide the same. */
export function decideDepartments(command: DepartmentCommand, state: DepartmentsState): DepartmentDecision {
  if (command.kind === 'revoke-key') return revokeKey(command, state);
  const id = command.kind === 'import' ? command.department.id : command.id;
  const idProblem = departmentIdProblem(id);
  if (idProblem) return rejected(departmentError('invalid-id', 'id', idProblem));
  const existing = state.departments.get(id);

  switch (command.kind) {
    case 'register': {
      if (existing) {
        return rejected(
          departmentError(
            'department-exists',
            'id',
            `department ${id} already exists (roles: ${existing.roles.join(',')}): nothing was changed. ` +
              `For another key use \`departments add-key ${id}\`; to change its roles use \`departments set-roles ${id} --roles …\``,
          ),
        );
      }
      if (state.keyOwners.has(command.key.id)) return rejected(keyIdTaken(command.key.id));
      const registered = registration(id, command.name, command.roles);
      return 'error' in registered ? rejected(registered.error) : record(registered, issued(id, command.key));
    }
    case 'set-roles': {
      if (!existing) return rejected(unknownDepartment(id));
      const roles = checkRoles(command.roles);
      if ('error' in roles) return rejected(roles.error);
      const same = roles.roles.length === existing.roles.length && roles.roles.every((role) => existing.roles.includes(role));
      return same
        ? record()
        : record({ type: DEPARTMENT_ROLES_CHANGED, data: { departmentId: id, roles: roles.roles, previousRoles: existing.roles } });
    }
    case 'issue-key':
      if (!existing) return rejected(unknownDepartment(id));
      if (state.keyOwners.has(command.key.id)) return rejected(keyIdTaken(command.key.id));
      return record(issued(id, command.key));
    case 'import':
      return importDepartment(command.department, existing, state);
  }
}

function revokeKey(command: Extract<DepartmentCommand, { kind: 'revoke-key' }>, state: DepartmentsState): DepartmentDecision {
  const found = findKey(state, command.keyId);
  if (!found || (command.id !== undefined && found.department.id !== command.id)) {
    const of = command.id === undefined ? '' : ` of department ${command.id}`;
    return rejected(departmentError('unknown-key', 'keyId', `no API key ${command.keyId}${of} (see: departments list)`));
  }
  if (found.key.revokedAt) return record();
  return record({ type: API_KEY_REVOKED, data: { departmentId: found.department.id, keyId: found.key.id, revokedAt: command.at } });
}

function importDepartment(department: Department, existing: Department | undefined, state: DepartmentsState): DepartmentDecision {
  const events: DepartmentEvent[] = [];
  if (!existing) {
    const registered = registration(department.id, department.name, department.roles);
    if ('error' in registered) return rejected(registered.error);
    events.push(registered);
  }
  for (const key of department.keys) {
    const owner = state.keyOwners.get(key.id);
    if (owner !== undefined && owner !== department.id) return rejected(keyIdTaken(key.id));
    const recorded = existing?.keys.find((k) => k.id === key.id);
    if (!recorded) events.push(issued(department.id, key));
    if (key.revokedAt && !recorded?.revokedAt)
      events.push({ type: API_KEY_REVOKED, data: { departmentId: department.id, keyId: key.id, revokedAt: key.revokedAt } });
  }
  return record(...events);
}

function registration(
  departmentId: string,
  name: string | undefined,
  roles: readonly string[] | undefined,
): DepartmentEvent | { error: DepartmentError } {
  if (typeof name !== 'string' || !name.trim())
    return { error: departmentError('invalid-name', 'name', 'a department needs a name (--name 名称)') };
  const checked = checkRoles(roles);
  return 'error' in checked ? checked : { type: DEPARTMENT_REGISTERED, data: { departmentId, name: name.trim(), roles: checked.roles } };
}

function issued(departmentId: string, key: ApiKeyRecord): DepartmentEvent {
  return { type: API_KEY_ISSUED, data: { departmentId, keyId: key.id, sha256: key.sha256, createdAt: key.createdAt } };
}

function checkRoles(roles: readonly string[] | undefined): { roles: RecorderRole[] } | { error: DepartmentError } {
  const known = `one or more of ${Object.keys(RECORDER_ROLES).join(', ')}`;
  if (roles !== undefined && (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string')))
    return { error: departmentError('invalid-roles', 'roles', `must be a list of role names: ${known}`) };
  if (!roles?.length)
    return { error: departmentError('invalid-roles', 'roles', `a department needs roles (--roles role,role…): ${known}`) };
  const unknown = roles.filter((role) => !Object.hasOwn(RECORDER_ROLES, role));
  if (unknown.length) {
    // the path names the first unknown role (`roles[1]`); the reason names them all
    const first = roles.findIndex((role) => !Object.hasOwn(RECORDER_ROLES, role));
    return { error: departmentError('invalid-roles', `roles[${first}]`, `unknown roles ${unknown.join(', ')}: each must be ${known}`) };
  }
  return { roles: [...new Set(roles)] as RecorderRole[] };
}

const unknownDepartment = (id: string) =>
  departmentError(
    'unknown-department',
    'id',
    `no department ${id} (see: departments list; add it with \`departments add ${id} --name … --roles …\`)`,
  );
const keyIdTaken = (keyId: string) => departmentError('key-id-taken', 'keyId', `API key id ${keyId} already belongs to a department`);
