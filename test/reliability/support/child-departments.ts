import path from 'node:path';
import type { RecorderRole } from '#credit';
import { writeDepartments } from '#runtime';
import { testDepartments } from '../../support/test-departments.js';

/**
 * The one place this suite creates departments: each with its roles and a fresh API key, written where the
 * api, projector and CLI child processes read them (`DEPARTMENTS_FILE`). Returns their environment and keys.
 */
export function departmentsForChildProcesses(
  directory: string,
  roles: Record<string, RecorderRole[]>,
): { env: Record<string, string>; keys: Record<string, string> } {
  const { directory: departments, keys } = testDepartments(roles);
  const file = path.join(directory, 'departments.json');
  writeDepartments(file, departments.departments);
  return { env: { DEPARTMENTS_FILE: file }, keys };
}
