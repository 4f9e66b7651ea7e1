import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWritableDirectory } from './data-dir.js';
import { isProcessAlive } from './process-liveness.js';
import { StartupError } from './startup-error.js';

export class DataDirLockedError extends StartupError {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `the data directory ${dataDir} is in use by process ${holderPid}. ` +
        `Stop that process, or start this one with DATA_DIR set to another directory.`,
    );
  }
}

/** How long a process waits for another one that is taking over a stale claim right now. */
const TAKEOVER_WAIT_MS = 2000;

/**
 * An exclusive claim on the embedded database's directory: PGlite itself does not stop a second
 * process from opening the same files, and two writers would corrupt them. A claim left by a dead
 * process (crash, SIGKILL) is taken over.
 */
export class DataDirLock {
  private constructor(private readonly file: string) {}

  static acquire(dataDir: string): DataDirLock {
    ensureWritableDirectory(dataDir);
    const file = path.join(dataDir, 'jiangcheng.lock');
    for (const deadline = Date.now() + TAKEOVER_WAIT_MS; ;) {
      if (claim(file)) return new DataDirLock(file);
      const holder = readPid(file);
      if (holder !== undefined && holder !== process.pid && isProcessAlive(holder)) throw new DataDirLockedError(dataDir, holder);
      if (removeStaleClaim(file)) continue;
      if (Date.now() > deadline) throw new Error(`could not lock ${dataDir}: ${file}.takeover is held by a live process`);
      sleepSync(10);
    }
  }

  release(): void {
    if (readPid(this.file) === process.pid) fs.rmSync(this.file, { force: true });
  }
}

/** Links a fully written claim into place, so nobody ever reads a half-written one. */
function claim(file: string): boolean {
  const aside = `${file}.${process.pid}`;
  writeClaim(aside, 'w');
  try {
    fs.linkSync(aside, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

/**
 * Removes a dead process's claim. Reading "dead" and removing the file are two steps: between them
 * another process may have replaced the stale claim with its own live one. So only the process that
 * created the takeover file (O_EXCL: exactly one can) removes a claim, after checking it again.
 * Answers false when another process is taking over at this moment.
 */
function removeStaleClaim(file: string): boolean {
  const takeover = `${file}.takeover`;
  try {
    writeClaim(takeover, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = readPid(takeover);
    // A process that died inside the takeover (rare: a few system calls) must not block the directory.
    if (owner !== undefined && !isProcessAlive(owner)) fs.rmSync(takeover, { force: true });
    return false;
  }
  try {
    // Read once and decide on what was read. No claim there means another takeover already removed it and a
    // racer may be linking its own at this very moment: removing "nothing" then would remove that fresh claim.
    const found = readClaim(file);
    if (found === 'absent') return true;
    if (found === 'unreadable' || found === process.pid || !isProcessAlive(found)) fs.rmSync(file, { force: true });
    return true;
  } finally {
    fs.rmSync(takeover, { force: true });
  }
}

function writeClaim(file: string, flag: 'w' | 'wx'): void {
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date() }), { flag });
}

/** A claim's pid; claims are linked in whole, so an unreadable one was never a live process's. */
function readClaim(file: string): number | 'absent' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
  try {
    const pid = JSON.parse(text).pid;
    return Number.isInteger(pid) ? pid : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = JSON.parse(fs.readFileSync(file, 'utf8')).pid;
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
