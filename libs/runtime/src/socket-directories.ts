import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive } from './process-liveness.js';

const PREFIX = 'jiangcheng-pg-';
/** jiangcheng-pg-<pid>-<random>: the pid tells whether the directory is still in use. */
const OWNED = new RegExp(`^${PREFIX}(\\d+)-`);

/** A private directory for this process's embedded PostgreSQL socket. */
export function createSocketDirectory(parent = os.tmpdir()): string {
  return fs.mkdtempSync(path.join(parent, `${PREFIX}${process.pid}-`));
}

/** Removes the socket directories of processes that ended without closing them (SIGKILL, a crash). */
export function removeAbandonedSocketDirectories(parent = os.tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return removed;
  }
  for (const name of names) {
    const owner = OWNED.exec(name)?.[1];
    if (owner === undefined || Number(owner) === process.pid || isProcessAlive(Number(owner))) continue;
    try {
      fs.rmSync(path.join(parent, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // another user's directory, or removed by another process just now: not ours to worry about
    }
  }
  return removed;
}
