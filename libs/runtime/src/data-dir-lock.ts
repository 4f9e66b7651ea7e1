import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {
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

/**
 * An exclusive claim on the embedded database's directory: PGlite itself does not stop a second
 * process from opening the same files, and two writers would corrupt them. A claim left by a dead
 * process (crash, SIGKILL) is taken over.
 */
export class DataDirLock {
  private constructor(private readonly file: string) {}

  static acquire(dataDir: string): DataDirLock {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'jiangcheng.lock');
    for (let attempt = 0; attempt < 3; attempt++) {
      // Written aside and linked into place, so nobody ever reads a half-written claim.
      const claim = `${file}.${process.pid}`;
      fs.writeFileSync(claim, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date() }));
      try {
        fs.linkSync(claim, file);
        return new DataDirLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        fs.rmSync(claim, { force: true });
      }
      const holder = readHolder(file);
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
      fs.rmSync(file, { force: true });
    }
    throw new Error(`could not lock ${dataDir}`);
  }

  release(): void {
    if (readHolder(this.file) === process.pid) fs.rmSync(this.file, { force: true });
  }
}

function readHolder(file: string): number | undefined {
  try {
    const pid = JSON.parse(fs.readFileSync(file, 'utf8')).pid;
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
