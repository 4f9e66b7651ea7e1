import { DepartmentDirectory, newApiKey, type RecorderRole } from '#credit';

/** Departments named by id with their roles, each with a fresh API key: the directory and the keys by id. */
export function testDepartments(roles: Record<string, RecorderRole[]>): { directory: DepartmentDirectory; keys: Record<string, string> } {
  const keys: Record<string, string> = {};
  const departments = Object.entries(roles).map(([id, granted]) => {
    const { key, record } = newApiKey();
    keys[id] = key;
    return { id, name: id, roles: granted, keys: [record] };
  });
  return { directory: new DepartmentDirectory(departments), keys };
}
