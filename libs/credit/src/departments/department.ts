import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FactDefinition, RecorderRole } from '../facts/fact-definition.js';
import { RECORDER_ROLES } from '../facts/fact-definition.js';
import type { Problem } from '#kernel';
import { API_KEY_ID, departmentIdProblem } from './department-id.js';

export interface ApiKeyRecord {
  readonly id: string;
  /** SHA-256 of the secret. Secrets are 32 random bytes, so a fast hash is enough and keeps checks cheap. */
  readonly sha256: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
}

/** A department that pushes facts and asks questions; its roles set what it may record. */
export interface Department {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly RecorderRole[];
  readonly keys: readonly ApiKeyRecord[];
}

export interface Caller {
  readonly department: Department;
  readonly keyId: string;
}

/** `jc_<key id>_<secret>`: the id finds the key without scanning, the secret proves it. */
const API_KEY = /^jc_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

export function mayRecord(department: Department, definition: FactDefinition): boolean {
  return definition.recordedBy.some((role) => department.roles.includes(role));
}

export function newApiKey(): { key: string; record: ApiKeyRecord } {
  const id = randomBytes(5).toString('hex').slice(0, 8);
  const secret = randomBytes(32).toString('base64url');
  return { key: `jc_${id}_${secret}`, record: { id, sha256: sha256(secret), createdAt: new Date().toISOString() } };
}

/** Finds the department a presented key belongs to; revoked and unknown keys find nothing. */
export class DepartmentDirectory {
  private byKeyId = new Map<string, { department: Department; key: ApiKeyRecord }>();
  private byId = new Map<string, Department>();

  constructor(departments: readonly Department[]) {
    this.replace(departments);
  }

  get departments(): readonly Department[] {
    return [...this.byId.values()];
  }

  /** Swaps in another directory at once: a request sees either the old one or the new one, never half of each. */
  replace(departments: readonly Department[]): void {
    const byId = new Map<string, Department>();
    const byKeyId = new Map<string, { department: Department; key: ApiKeyRecord }>();
    for (const department of departments) {
      if (byId.has(department.id)) throw new Error(`department ${department.id} is configured twice`);
      byId.set(department.id, department);
      for (const key of department.keys) {
        if (byKeyId.has(key.id)) throw new Error(`API key id ${key.id} is configured twice`);
        byKeyId.set(key.id, { department, key });
      }
    }
    this.byId = byId;
    this.byKeyId = byKeyId;
  }

  get(id: string): Department | undefined {
    return this.byId.get(id);
  }

  authenticate(presented: string): Caller | undefined {
    const match = API_KEY.exec(presented.trim());
    if (!match) return undefined;
    const found = this.byKeyId.get(match[1]);
    if (!found || found.key.revokedAt) return undefined;
    const expected = Buffer.from(found.key.sha256, 'hex');
    const actual = Buffer.from(sha256(match[2]), 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual)
      ? { department: found.department, keyId: found.key.id }
      : undefined;
  }
}

/** Checks a departments file's content; every problem names its path. */
export function parseDepartments(value: unknown): { departments: Department[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const list = (value as { departments?: unknown })?.departments;
  if (!Array.isArray(list)) return { departments: [], problems: [{ path: 'departments', reason: 'must be an array' }] };
  list.forEach((d: Record<string, unknown>, i) => {
    const at = `departments[${i}]`;
    const idProblem = departmentIdProblem(d?.id);
    if (idProblem) problems.push({ path: `${at}.id`, reason: idProblem });
    if (typeof d?.name !== 'string' || !d.name.trim()) problems.push({ path: `${at}.name`, reason: 'required' });
    if (!Array.isArray(d?.roles) || d.roles.some((role) => typeof role !== 'string' || !Object.hasOwn(RECORDER_ROLES, role))) {
      problems.push({ path: `${at}.roles`, reason: `each one of ${Object.keys(RECORDER_ROLES).join(', ')}` });
    }
    if (!Array.isArray(d?.keys)) problems.push({ path: `${at}.keys`, reason: 'must be an array' });
    else
      d.keys.forEach((k: Record<string, unknown>, j) => {
        if (typeof k?.id !== 'string' || !API_KEY_ID.test(k.id))
          problems.push({ path: `${at}.keys[${j}].id`, reason: '8 characters a-z0-9' });
        if (typeof k?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(k.sha256))
          problems.push({ path: `${at}.keys[${j}].sha256`, reason: '64 hex digits' });
      });
  });
  return { departments: problems.length ? [] : (list as Department[]), problems };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
