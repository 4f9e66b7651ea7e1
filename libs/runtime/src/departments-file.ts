import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDepartments, type Department } from '#credit';
import type { EventStore } from '#event-store';
import { formatProblem } from '#kernel';
import {
  FollowedDepartmentDirectory,
  importDepartments,
  recordedDepartments,
  type DepartmentFollowerLogger,
  type DepartmentImport,
} from '#ingestion';
import type { JiangchengConfig } from './config.js';

export class DepartmentsFileError extends Error {}

/** Reads a departments.json (the format departments used to live in, before they were recorded as events). */
export function readDepartments(file: string): Department[] {
  if (!fs.existsSync(file)) throw new DepartmentsFileError(`${file}: no such departments file`);
  let content: unknown;
  try {
    content = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DepartmentsFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const { departments, problems } = parseDepartments(content);
  if (problems.length) throw new DepartmentsFileError(`${file}:\n  - ${problems.map(formatProblem).join('\n  - ')}`);
  return departments;
}

/** Written aside and renamed into place, so a crash never leaves half a file. */
export function writeDepartments(file: string, departments: readonly Department[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify({ departments }, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/**
 * The departments file is imported while the store records no department yet (a first start, or an
 * installation that kept them in the file). DEPARTMENTS_FILE set to a missing or broken file is an error.
 */
export async function importDepartmentsFileAtStart(store: EventStore, config: JiangchengConfig): Promise<DepartmentImport[]> {
  if (!config.departmentsFileRequired && !fs.existsSync(config.departmentsFile)) return [];
  const departments = readDepartments(config.departmentsFile);
  if ((await recordedDepartments(store)).state.departments.size > 0) return [];
  const imported = await importDepartments(store, departments, { actor: `import:${config.departmentsFile} by ${os.userInfo().username}` });
  const refused = imported.filter((i) => i.error);
  if (refused.length)
    throw new DepartmentsFileError(
      `${config.departmentsFile}:\n  - ${refused.map((i) => `${i.department}: ${i.error!.reason}`).join('\n  - ')}`,
    );
  return imported;
}

/** The api's directory: the departments file imported if due, then the departments stream followed. */
export async function openDepartmentDirectory(
  store: EventStore,
  config: JiangchengConfig,
  logger: DepartmentFollowerLogger,
): Promise<FollowedDepartmentDirectory> {
  await importDepartmentsFileAtStart(store, config);
  return FollowedDepartmentDirectory.start(store, logger);
}
