import { DepartmentDirectory, newApiKey, type RecorderRole } from '#credit';
import type { EventStore } from '#event-store';
import { executeDepartmentCommand } from '#ingestion';

/** Departments named by id with their roles, each with a fresh API key: a fixed directory (pass it to createApi) and the keys by id. */
export function testDepartments(roles: Record<string, RecorderRole[]>): { directory: DepartmentDirectory; keys: Record<string, string> } {
  const keys: Record<string, string> = {};
  const departments = Object.entries(roles).map(([id, granted]) => {
    const { key, record } = newApiKey();
    keys[id] = key;
    return { id, name: id, roles: granted, keys: [record] };
  });
  return { directory: new DepartmentDirectory(departments), keys };
}

/** The same departments recorded on the store's departments stream, as the CLI records them; the keys by department id. */
export async function recordTestDepartments(store: EventStore, roles: Record<string, RecorderRole[]>): Promise<Record<string, string>> {
  const keys: Record<string, string> = {};
  for (const [id, granted] of Object.entries(roles)) {
    const { key, record } = newApiKey();
    const result = await executeDepartmentCommand(
      store,
      { kind: 'register', id, name: id, roles: granted, key: record },
      { actor: 'test' },
    );
    if (!result.ok) throw new Error(result.error.reason);
    keys[id] = key;
  }
  return keys;
}
