import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const MAIN = path.resolve('dist/apps/api/src/main.js');

/** `npm start` on the embedded default, as a user runs it: no DATABASE_URL, a data directory. */
function startApi(dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.EVENTSTORE_URL;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  return { child, stderr, exited };
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}

describe('the embedded default', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-e2e-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('serves /health, refuses a second process on the same data directory, and takes over a lock left by a killed process', async () => {
    const first = startApi(dataDir);
    try {
      const url = await waitFor(() => first.stderr.map((l) => /listening on (http:\S+)/.exec(l)?.[1]).find(Boolean));
      expect((await fetch(`${url.replace('localhost', '127.0.0.1')}/health`)).status).toBe(200);

      const second = startApi(dataDir);
      const [code] = await second.exited;
      expect(code).toBe(2);
      expect(second.stderr.join('\n')).toMatch(/data directory .* is in use by process \d+/);
      expect((await fetch(`${url.replace('localhost', '127.0.0.1')}/health`)).status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
    expect(fs.existsSync(path.join(dataDir, 'jiangcheng.lock'))).toBe(false);

    const again = startApi(dataDir);
    try {
      await waitFor(() => again.stderr.find((l) => l.includes('listening on')));
    } finally {
      again.child.kill('SIGKILL');
      await again.exited;
    }
    const afterKill = startApi(dataDir); // a lock left by a killed process is taken over
    try {
      await waitFor(() => afterKill.stderr.find((l) => l.includes('listening on')));
    } finally {
      afterKill.child.kill('SIGTERM');
      await afterKill.exited;
    }
  }, 180_000); // three embedded starts, each ~5 s on a quiet machine and ~25 s on a loaded one
});
