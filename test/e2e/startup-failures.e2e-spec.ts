import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Each entry point, as `npm start`, `npm run start:projector` and `npm run cli` run it. */
const ENTRY_POINTS = {
  api: ['dist/apps/api/src/main.js'],
  projector: ['dist/apps/projector/src/main.js'],
  cli: ['dist/apps/cli/src/main.js', 'projections'],
} as const;

const POSTGRES = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : undefined;

function run(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
  const child = spawn(process.execPath, [...args], { env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), 50_000); // a hang (as on DATA_DIR=/proc/nope) ends as code null
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr });
    }),
  );
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-startup-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const aFile = path.join(scratch, 'a-file');
fs.writeFileSync(aFile, '');

const unreachable = () => {
  const url = new URL(POSTGRES?.toString() ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.port = '1'; // nothing listens on port 1
  return url.toString();
};
const missingDatabase = () => {
  const url = new URL(POSTGRES!.toString());
  url.pathname = '/jiangcheng_no_such_database';
  return url.toString();
};

const CASES: Array<{ name: string; env: () => NodeJS.ProcessEnv; says: RegExp }> = [
  {
    name: 'an invalid LOG_LEVEL',
    env: () => ({ LOG_LEVEL: 'loud', DATA_DIR: path.join(scratch, 'a') }),
    says: /LOG_LEVEL must be one of .*got "loud"/,
  },
  {
    name: 'an unreachable database',
    env: () => ({ DATABASE_URL: unreachable() }),
    says: /cannot reach the database at 127\.0\.0\.1:1\/\S* \(ECONNREFUSED\)/,
  },
  {
    name: 'an impossible DATA_DIR (/proc/nope)',
    env: () => ({ DATABASE_URL: undefined, DATA_DIR: '/proc/nope' }),
    says: /DATA_DIR \/proc\/nope cannot be used: ENOENT/,
  },
  {
    name: 'a DATA_DIR below a file',
    env: () => ({ DATABASE_URL: undefined, DATA_DIR: path.join(aFile, 'data') }),
    says: /DATA_DIR .*a-file\/data cannot be used: ENOTDIR/,
  },
  {
    name: 'a DATA_DIR that is a file',
    env: () => ({ DATABASE_URL: undefined, DATA_DIR: aFile }),
    says: /DATA_DIR .*a-file cannot be used: it is not a directory/,
  },
];
// Only a server can be asked for a database it does not have (the embedded one makes its own).
if (POSTGRES) {
  CASES.push({
    name: 'a database that does not exist',
    env: () => ({ DATABASE_URL: missingDatabase() }),
    says: /database "jiangcheng_no_such_database" does not exist/,
  });
}

describe.each(Object.entries(ENTRY_POINTS))('%s start-up with bad configuration', (_name, args) => {
  for (const { name, env, says } of CASES) {
    it(`exits 2 on ${name}, with one line and no stack trace`, async () => {
      const { code, stderr } = await run(args, env());
      expect({ code, stderr }).toEqual({ code: 2, stderr: expect.stringMatching(says) });
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^jiangcheng: /);
      expect(stderr).not.toContain('    at ');
    });
  }
});

describe('api start-up with a bad readiness threshold', () => {
  it('exits 2 on HEALTH_LAG_EVENTS that is not a whole number, with one line and no stack trace', async () => {
    const { code, stderr } = await run(ENTRY_POINTS.api, { HEALTH_LAG_EVENTS: 'many', DATA_DIR: path.join(scratch, 'health') });
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: expect.stringMatching(/HEALTH_LAG_EVENTS must be a whole number ≥ 0, got "many"/),
    });
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
