import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LOCK_MODULE = path.resolve('dist/libs/runtime/src/data-dir-lock.js');
const RACERS = 6;
const TRIALS = 25;

/**
 * One racer: waits for the common start instant, tries to take the lock, prints won/refused, and
 * holds a won lock until stdin closes, so a later racer meets a live holder, not a dead one.
 */
const RACER = `
  const { DataDirLock } = await import(${JSON.stringify(LOCK_MODULE)});
  const [dir, startAt] = process.argv.slice(1);
  while (Date.now() < Number(startAt));
  let verdict;
  try { DataDirLock.acquire(dir); verdict = 'won'; } catch (error) { verdict = error.constructor.name === 'DataDirLockedError' ? 'refused' : 'error ' + error.message; }
  process.stdout.write(verdict + '\\n');
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
`;

function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

async function race(dir: string): Promise<string[]> {
  fs.writeFileSync(path.join(dir, 'jiangcheng.lock'), JSON.stringify({ pid: deadPid() }));
  const startAt = Date.now() + 700; // every racer is loaded by then
  const racers = Array.from({ length: RACERS }, () =>
    spawn(process.execPath, ['--input-type=module', '-e', RACER, dir, String(startAt)], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const verdicts = await Promise.all(
    racers.map((racer) => new Promise<string>((resolve) => racer.stdout.once('data', (chunk) => resolve(String(chunk).trim())))),
  );
  await Promise.all(racers.map((racer) => new Promise((resolve) => (racer.on('exit', resolve), racer.stdin.end()))));
  return verdicts;
}

describe('data directory lock, taken over by racing processes', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-lockrace-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`gives a stale lock to exactly one of ${RACERS} processes, in each of ${TRIALS} trials`, async () => {
    const winners: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const verdicts = await race(dir);
      expect(verdicts.filter((v) => v !== 'won' && v !== 'refused')).toEqual([]);
      winners.push(verdicts.filter((v) => v === 'won').length);
      fs.rmSync(path.join(dir, 'jiangcheng.lock'), { force: true });
    }
    expect(winners).toEqual(Array(TRIALS).fill(1));
  }, 120_000);
});
