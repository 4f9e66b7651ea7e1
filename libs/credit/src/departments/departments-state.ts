import type { ApiKeyRecord, Department } from './department.js';

/** Every department by id, and which department each key id belongs to. */
export interface DepartmentsState {
  readonly departments: ReadonlyMap<string, Department>;
  readonly keyOwners: ReadonlyMap<string, string>;
}

export const initialDepartmentsState = (): DepartmentsState => ({ departments: new Map(), keyOwners: new Map() });

export function findKey(state: DepartmentsState, keyId: string): { department: Department; key: ApiKeyRecord } | undefined {
  const owner = state.keyOwners.get(keyId);
  const department = owner === undefined ? undefined : state.departments.get(owner);
  const key = department?.keys.find((k) => k.id === keyId);
  return department && key ? { department, key } : undefined;
}
