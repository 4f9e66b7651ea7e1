import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { API_KEY_ISSUED, DEPARTMENT_REGISTERED, DEPARTMENTS_STREAM, newApiKey } from '#credit';
import { executeDepartmentCommand } from '#ingestion';
import { loadConfig, openStorage } from '#runtime';
import { createApi } from '../../apps/api/src/create-api.js';
import { recordTestDepartments } from '../support/test-departments.js';
import { backend, freshPlace, openTestStorage, type TestPlace, type TestStorage } from '../support/test-storage.js';

const CLI = path.resolve('dist/apps/cli/src/main.js');
/** Each CLI run opens the storage (seconds for PGlite on a busy machine). */
const CLI_TIMEOUT_MS = 180_000;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-departments-'));
let storage: TestStorage;
let app: INestApplication;
let base: string;
let officeKey: string;

/** Runs the CLI without blocking this process: the api under test runs in it and must keep answering. */
async function cli(env: Record<string, string>, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, 'departments', ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [status] = (await once(child, 'close')) as [number | null];
  return { status, stdout, stderr };
}
const status = async (key: string) =>
  (await fetch(`${base}/v1/subjects/91110000600037341L/history`, { headers: { 'x-api-key': key } })).status;

/** Seconds until `key` gets `expected`, polling every 100 ms; fails after 10 s. */
async function secondsUntil(key: string, expected: number): Promise<number> {
  const started = Date.now();
  let last: number | undefined;
  while (Date.now() - started < 10_000) {
    if ((last = await status(key)) === expected) return (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the key did not get ${expected} within 10 s (last answer: ${last})`);
}

beforeAll(async () => {
  storage = await openTestStorage();
  // One bad entry on the stream must not take the api down: it is skipped and reported.
  await storage.eventStore.append(DEPARTMENTS_STREAM, [
    {
      id: '00000000-0000-4000-8000-000000000001',
      type: DEPARTMENT_REGISTERED,
      data: { departmentId: 'Not An Id', name: 'x', roles: ['court'] },
      metadata: { correlationId: 'test' },
    },
  ]);
  officeKey = (await recordTestDepartments(storage.eventStore, { office: ['credit-office'], court: ['court'] })).office;
  const config = {
    ...storage.config,
    runProjectionsInApi: false,
    // These tests poll a key before the api knows it (401s) and after it is revoked: the failed-key lockout, which
    // security.e2e-spec.ts tests, would turn a slow follower into a 429 and hide what is measured here.
    rateLimits: { ...storage.config.rateLimits, failedAuthentications: 100_000 },
    departmentsFile: path.join(scratch, 'absent.json'),
    departmentsFileRequired: false,
  };
  app = await createApi(config, storage);
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});
afterAll(async () => {
  await app.close();
  await storage.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe(`departments follow the event store without a restart (${backend})`, () => {
  it('starts despite a malformed departments event, with the departments recorded before it', async () => {
    expect(await status(officeKey)).toBe(200);
    expect(await status('jc_00000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(401);
  });

  it('a key issued on the store works within 5 s; revoked, it gets 401 within 5 s', async () => {
    const { key, record } = newApiKey();
    expect(
      await executeDepartmentCommand(storage.eventStore, { kind: 'issue-key', id: 'court', key: record }, { actor: 'cli:test' }),
    ).toMatchObject({ ok: true });
    expect(await secondsUntil(key, 200)).toBeLessThan(5);
    expect(
      await executeDepartmentCommand(
        storage.eventStore,
        { kind: 'revoke-key', keyId: record.id, at: new Date().toISOString() },
        { actor: 'cli:test' },
      ),
    ).toMatchObject({ ok: true });
    expect(await secondsUntil(key, 401)).toBeLessThan(5);
  });

  it('the credit office issues and revokes keys over HTTP, recorded with the calling department; others get 403', async () => {
    const court = newApiKey();
    await executeDepartmentCommand(storage.eventStore, { kind: 'issue-key', id: 'court', key: court.record }, { actor: 'test' });
    await secondsUntil(court.key, 200);
    expect((await fetch(`${base}/v1/departments`, { headers: { 'x-api-key': court.key } })).status).toBe(403);

    const issued = await fetch(`${base}/v1/departments/court/keys`, { method: 'POST', headers: { 'x-api-key': officeKey } });
    expect(issued.status).toBe(201);
    const { key, keyId } = (await issued.json()) as { key: string; keyId: string };
    expect(await secondsUntil(key, 200)).toBeLessThan(5);
    const listed = (await (await fetch(`${base}/v1/departments`, { headers: { 'x-api-key': officeKey } })).json()) as any;
    expect(listed.departments.find((d: any) => d.id === 'court').keys.map((k: any) => k.id)).toContain(keyId);
    expect(JSON.stringify(listed)).not.toMatch(/sha256|[0-9a-f]{64}/);

    const revoked = await fetch(`${base}/v1/departments/court/keys/${keyId}`, { method: 'DELETE', headers: { 'x-api-key': officeKey } });
    expect(revoked.status).toBe(200);
    expect(await secondsUntil(key, 401)).toBeLessThan(5);

    const stream = await storage.eventStore.readStream(DEPARTMENTS_STREAM);
    const issuedEvent = stream.find((e) => e.type === API_KEY_ISSUED && e.data.keyId === keyId)!;
    expect(issuedEvent.metadata).toMatchObject({ department: 'office', actor: expect.stringMatching(/^api-key:/) });
    expect(JSON.stringify(stream.map((e) => e.data))).not.toContain(key.split('_').slice(2).join('_'));

    const unknown = await fetch(`${base}/v1/departments/court/keys/zzzz9999`, { method: 'DELETE', headers: { 'x-api-key': officeKey } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(await unknown.json()).toMatchObject({ errors: [{ field: 'keyId' }] });
    const badId = await fetch(`${base}/v1/departments/Bad_Id/keys`, { method: 'POST', headers: { 'x-api-key': officeKey } });
    expect(badId.status).toBe(422);
    expect(await badId.json()).toMatchObject({ errors: [{ field: 'id' }] });
  });

  it(
    'the CLI against the running api: in embedded mode it says what to do; on a server its new key works and its revocation holds within 5 s',
    async () => {
      const env: Record<string, string> =
        backend === 'postgres' ? { DATABASE_URL: storage.config.databaseUrl! } : { DATA_DIR: storage.config.dataDir };
      const added = await cli(env, 'add-key', 'court');
      if (backend === 'pglite') {
        expect(added.status).toBe(2);
        expect(added.stderr).toContain('holds the data directory');
        expect(added.stderr).toContain('POST /v1/departments/{id}/keys');
        return;
      }
      expect(added.status).toBe(0);
      const key = /^jc_\S+$/m.exec(added.stdout)![0];
      expect(await secondsUntil(key, 200)).toBeLessThan(5);
      const revoked = await cli(env, 'revoke-key', key.split('_')[1]);
      expect(revoked.status).toBe(0);
      expect(await secondsUntil(key, 401)).toBeLessThan(5);
    },
    CLI_TIMEOUT_MS,
  );
});

describe(`npm run cli -- departments (${backend})`, () => {
  let place: TestPlace;
  beforeAll(async () => {
    place = await freshPlace();
  });
  afterAll(() => place.dispose());

  it(
    'add registers with a key; add on an existing id refuses naming add-key and set-roles, and the roles stay',
    async () => {
      const first = await cli(place.env, 'add', 'bj-scj', '--name', '北京市市场监督管理局', '--roles', 'own-decisions,registration');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/^jc_[a-z0-9]{8}_\S{43}$/m);
      const again = await cli(place.env, 'add', 'bj-scj', '--name', 'x', '--roles', 'credit-office');
      expect(again.status).toBe(2);
      expect(again.stderr).toContain('departments add-key bj-scj');
      expect(again.stderr).toContain('departments set-roles bj-scj');
      expect((await cli(place.env, 'list')).stdout).toMatch(/^bj-scj\t北京市市场监督管理局\troles: own-decisions,registration\t/m);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'refuses a bad id, an unknown role and a missing name, each saying why, and records nothing',
    async () => {
      const badId = await cli(place.env, 'add', 'BJ_SCJ', '--name', 'x', '--roles', 'court');
      expect(badId.status).toBe(2);
      expect(badId.stderr).toContain('"BJ_SCJ" is not a department id');
      expect((await cli(place.env, 'add', 'bj-x', '--name', 'x', '--roles', 'court,police')).stderr).toContain('unknown roles police');
      expect((await cli(place.env, 'add', 'bj-x', '--roles', 'court')).stderr).toContain('--name');
      expect((await cli(place.env, 'list')).stdout).not.toContain('bj-x');
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'set-roles changes roles; revoke-key of an unknown key refuses',
    async () => {
      const changed = await cli(place.env, 'set-roles', 'bj-scj', '--roles', 'own-decisions,credit-office');
      expect(changed.stdout).toContain('roles own-decisions,registration → own-decisions,credit-office');
      expect(await cli(place.env, 'revoke-key', 'zzzz9999')).toMatchObject({
        status: 2,
        stderr: expect.stringContaining('no API key zzzz9999'),
      });
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'import moves a departments file into the store once',
    async () => {
      const file = path.join(scratch, 'departments.json');
      const { record } = newApiKey();
      fs.writeFileSync(file, JSON.stringify({ departments: [{ id: 'bj-court', name: '法院', roles: ['court'], keys: [record] }] }));
      expect((await cli(place.env, 'import', file)).stdout).toContain(`department bj-court: API key ${record.id} issued`);
      expect((await cli(place.env, 'import', file)).stdout).toContain('bj-court: already recorded, nothing changed');
      const opened = await openStorage(loadConfig({ ...place.env, LOG_LEVEL: 'silent' }));
      try {
        const events = (await opened.eventStore.readStream(DEPARTMENTS_STREAM)).filter((e) => e.data.departmentId === 'bj-court');
        expect(events.map((e) => e.type)).toEqual([DEPARTMENT_REGISTERED, API_KEY_ISSUED]);
        expect(events[0].metadata.actor).toMatch(/^cli:/);
      } finally {
        await opened.close();
      }
    },
    CLI_TIMEOUT_MS,
  );
});
