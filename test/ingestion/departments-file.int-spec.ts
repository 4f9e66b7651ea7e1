import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEPARTMENTS_STREAM, newApiKey } from '#credit';
import { recordedDepartments } from '#ingestion';
import { DepartmentsFileError, importDepartmentsFileAtStart, writeDepartments } from '#runtime';
import { backend, freshPlace, openTestStorage, type TestStorage } from '../support/test-storage.js';

const MAIN = path.resolve('dist/apps/api/src/main.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-departments-file-'));
let storage: TestStorage;

beforeEach(async () => {
  storage = await openTestStorage();
});
afterEach(() => storage.dispose());
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe(`DEPARTMENTS_FILE (${backend})`, () => {
  const file = path.join(scratch, 'departments.json');
  const court = newApiKey();
  writeDepartments(file, [{ id: 'bj-court', name: '法院', roles: ['court'], keys: [court.record] }]);

  it('is imported at start while the store records no department, and only then', async () => {
    const config = { ...storage.config, departmentsFile: file, departmentsFileRequired: true };
    expect((await importDepartmentsFileAtStart(storage.eventStore, config)).map((i) => i.department)).toEqual(['bj-court']);
    const { state } = await recordedDepartments(storage.eventStore);
    expect(state.departments.get('bj-court')).toMatchObject({
      roles: ['court'],
      keys: [{ id: court.record.id, sha256: court.record.sha256 }],
    });

    writeDepartments(file, [{ id: 'bj-court', name: '法院', roles: ['credit-office'], keys: [court.record, newApiKey().record] }]);
    expect(await importDepartmentsFileAtStart(storage.eventStore, config)).toEqual([]);
    expect(await storage.eventStore.readStream(DEPARTMENTS_STREAM)).toHaveLength(2);
  });

  it('set but missing is an error; unset and absent means nothing to import', async () => {
    const missing = path.join(scratch, 'missing.json');
    await expect(
      importDepartmentsFileAtStart(storage.eventStore, { ...storage.config, departmentsFile: missing, departmentsFileRequired: true }),
    ).rejects.toThrow(DepartmentsFileError);
    expect(
      await importDepartmentsFileAtStart(storage.eventStore, {
        ...storage.config,
        departmentsFile: missing,
        departmentsFileRequired: false,
      }),
    ).toEqual([]);
    expect(await storage.eventStore.readStream(DEPARTMENTS_STREAM)).toEqual([]);
  });

  it('the api exits 2 with one clear line when DEPARTMENTS_FILE names a missing file', async () => {
    const place = await freshPlace();
    try {
      const missing = path.join(scratch, 'nowhere', 'departments.json');
      const run = spawnSync(process.execPath, [MAIN], {
        env: { ...process.env, ...place.env, DEPARTMENTS_FILE: missing, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`jiangcheng: ${missing}: no such departments file`);
    } finally {
      await place.dispose();
    }
  }, 150_000);
});
