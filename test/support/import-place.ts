import fs from 'node:fs';
import path from 'node:path';
import { newApiKey, type RecorderRole } from '#credit';
import { writeDepartments } from '#runtime';
import { freshPlace, type TestPlace } from './test-storage.js';

export interface ImportPlace {
  /** The environment for `cli` child processes: the place's storage and a departments file. */
  readonly env: NodeJS.ProcessEnv;
  /** A scratch directory for the files to import. */
  readonly directory: string;
}

/**
 * For a test file that runs `cli import`: a fresh storage place and a departments file naming one department,
 * made before the file's tests and dropped after them; read the fields inside tests.
 */
export function useImportPlace(department: { id: string; name: string; roles: RecorderRole[] }): ImportPlace {
  let place: TestPlace | undefined;
  let made: ImportPlace | undefined;
  beforeAll(async () => {
    place = await freshPlace();
    const directory = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'jiangcheng-import-'));
    const env = { ...process.env, ...place.env, DEPARTMENTS_FILE: path.join(directory, 'departments.json'), LOG_LEVEL: 'silent' };
    writeDepartments(env.DEPARTMENTS_FILE, [{ ...department, keys: [newApiKey().record] }]);
    made = { env, directory };
  });
  afterAll(async () => {
    await place?.dispose();
    if (made) fs.rmSync(made.directory, { recursive: true, force: true });
  });
  const field = <K extends keyof ImportPlace>(name: K): ImportPlace[K] => {
    if (!made) throw new Error('the import place is made in beforeAll: read its fields inside tests');
    return made[name];
  };
  return {
    get env() {
      return field('env');
    },
    get directory() {
      return field('directory');
    },
  };
}
