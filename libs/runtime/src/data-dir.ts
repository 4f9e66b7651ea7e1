import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from './startup-error.js';

export class DataDirUnusableError extends StartupError {
  constructor(dataDir: string, reason: string) {
    super(`DATA_DIR ${dataDir} cannot be used: ${reason}. Set DATA_DIR to a writable directory.`);
  }
}

/**
 * Creates the data directory (and its parents) and checks that this process may write there.
 * Not `mkdirSync(…, { recursive: true })`: on a path such as /proc/nope it never returns.
 */
export function ensureWritableDirectory(dataDir: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(dataDir); !fs.existsSync(current); current = path.dirname(current)) {
    missing.unshift(current);
    if (path.dirname(current) === current) break;
  }
  try {
    for (const directory of missing) fs.mkdirSync(directory);
    if (!fs.statSync(dataDir).isDirectory()) throw new DataDirUnusableError(dataDir, 'it is not a directory');
    fs.accessSync(dataDir, fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    if (error instanceof DataDirUnusableError) throw error;
    const { code, message } = error as NodeJS.ErrnoException;
    throw new DataDirUnusableError(dataDir, code ? `${code} (${message.replace(/^\w+: /, '')})` : message);
  }
}
