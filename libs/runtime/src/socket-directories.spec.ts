import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSocketDirectory, removeAbandonedSocketDirectories } from './socket-directories.js';

describe('embedded PostgreSQL socket directories', () => {
  let parent: string;
  beforeEach(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-sockets-'));
  });
  afterEach(() => fs.rmSync(parent, { recursive: true, force: true }));

  it("removes a dead process's directory and keeps those of live processes and of others", () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const ours = createSocketDirectory(parent);
    for (const name of [`jiangcheng-pg-${dead}-abc123`, `jiangcheng-pg-${process.ppid}-def456`, 'jiangcheng-pg-Xy12Zq', 'unrelated']) {
      fs.mkdirSync(path.join(parent, name));
      fs.writeFileSync(path.join(parent, name, '.s.PGSQL.5432'), '');
    }
    expect(removeAbandonedSocketDirectories(parent)).toEqual([`jiangcheng-pg-${dead}-abc123`]);
    expect(fs.readdirSync(parent).sort()).toEqual(
      [path.basename(ours), `jiangcheng-pg-${process.ppid}-def456`, 'jiangcheng-pg-Xy12Zq', 'unrelated'].sort(),
    );
    expect(path.basename(ours)).toMatch(new RegExp(`^jiangcheng-pg-${process.pid}-`));
  });
});
