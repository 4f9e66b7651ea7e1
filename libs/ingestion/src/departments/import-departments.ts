import type { Department, DepartmentError, DepartmentEvent } from '#credit';
import type { EventStore } from '#event-store';
import { executeDepartmentCommand, type DepartmentActor } from './department-registry.js';

export interface DepartmentImport {
  readonly department: string;
  /** What the import recorded for it; empty when the store already had everything. */
  readonly events: readonly DepartmentEvent[];
  readonly error?: DepartmentError;
}

/** Moves departments (from a departments file) into the store; running it again records nothing. */
export async function importDepartments(
  store: EventStore,
  departments: readonly Department[],
  by: DepartmentActor,
): Promise<DepartmentImport[]> {
  const results: DepartmentImport[] = [];
  for (const department of departments) {
    const result = await executeDepartmentCommand(store, { kind: 'import', department }, by);
    results.push(
      result.ok ? { department: department.id, events: result.events } : { department: department.id, events: [], error: result.error },
    );
  }
  return results;
}
