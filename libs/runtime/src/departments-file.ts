import fs from 'node:fs';
import path from 'node:path';
import { DepartmentDirectory, parseDepartments, type Department } from '#credit';

export class DepartmentsFileError extends Error {}

/** Departments and their hashed API keys live in a JSON file (`DEPARTMENTS_FILE`); the CLI edits it. */
export function readDepartments(file: string): Department[] {
  if (!fs.existsSync(file)) return [];
  let content: unknown;
  try {
    content = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DepartmentsFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const { departments, problems } = parseDepartments(content);
  if (problems.length) throw new DepartmentsFileError(`${file}:\n  - ${problems.join('\n  - ')}`);
  return departments;
}

export function loadDepartmentDirectory(file: string): DepartmentDirectory {
  return new DepartmentDirectory(readDepartments(file));
}

/** Written aside and renamed into place, so a crash never leaves half a file. */
export function writeDepartments(file: string, departments: readonly Department[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify({ departments }, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
}
