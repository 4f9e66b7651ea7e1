import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirLock, DataDirLockedError } from './data-dir-lock.js';

describe('data directory lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-lock-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a directory held by a live process, naming it', () => {
    fs.writeFileSync(path.join(dir, 'jiangcheng.lock'), JSON.stringify({ pid: process.ppid }));
    expect(() => DataDirLock.acquire(dir)).toThrow(DataDirLockedError);
    expect(() => DataDirLock.acquire(dir)).toThrow(`in use by process ${process.ppid}`);
  });

  it('takes over a claim left by a process that no longer exists', () => {
    fs.writeFileSync(path.join(dir, 'jiangcheng.lock'), JSON.stringify({ pid: 2 ** 22 + 1 }));
    const lock = DataDirLock.acquire(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'jiangcheng.lock'), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(path.join(dir, 'jiangcheng.lock'))).toBe(false);
  });
});
