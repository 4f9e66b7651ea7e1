import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { backend, freshPlace, type TestPlace } from '../support/test-storage.js';

const MAIN = path.resolve('dist/apps/api/src/main.js');

function startApi(place: TestPlace) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...place.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };
  if (!place.env.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => stdout.push(line));
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, at: Date.now() })),
  );
  return { child, stdout, stderr, exited };
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}

/** A POST whose body is still on its way: the request is in flight until `finish` sends the rest. */
async function slowPost(port: number) {
  const body = JSON.stringify({ items: [{ type: 'PenaltyDecided' }] });
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(
    `POST /v1/facts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
  );
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk));
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(answer)));
  return { finish: () => socket.write(body.slice(10)), closed };
}

/** A client that keeps one keep-alive connection busy until the server goes away. */
function busyKeepAliveClient(port: number, forMs: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let answered = 0;
  const done = (async () => {
    for (const until = Date.now() + forMs; Date.now() < until;) {
      const ok = await new Promise<boolean>((resolve) =>
        http
          .get({ host: '127.0.0.1', port, path: '/health/live', agent }, (response) => response.resume().on('end', () => resolve(true)))
          .on('error', () => resolve(false)),
      );
      if (!ok) break;
      answered++;
    }
    agent.destroy();
    return answered;
  })();
  return { done };
}

describe(`SIGTERM (${backend})`, () => {
  let place: TestPlace;
  beforeAll(async () => {
    place = await freshPlace();
  });
  afterAll(() => place.dispose());

  it('answers the request in flight, sends keep-alive clients away, logs the shutdown, and exits 0 within 5 s', async () => {
    const api = startApi(place);
    const port = Number(await waitFor(() => api.stderr.map((l) => /listening on http:\/\/localhost:(\d+)/.exec(l)?.[1]).find(Boolean)));
    const inFlight = await slowPost(port);
    const busy = busyKeepAliveClient(port, 12_000);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalled = Date.now();
    api.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    inFlight.finish();

    const answer = await inFlight.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 401 /); // the whole request was read and answered (no key: 401)
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer).toContain('"status":401');
    const { code, at } = await api.exited;
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(5000);
    expect(await busy.done).toBeGreaterThan(0);
    const messages = api.stdout.map((line) => JSON.parse(line).msg as string);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('shutting down'), 'stopped']));
  }, 90_000);
});
