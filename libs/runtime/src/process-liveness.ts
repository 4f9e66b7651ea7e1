import fs from 'node:fs';

/**
 * Whether a process still runs. `kill(pid, 0)` also succeeds for a zombie (killed, not yet reaped by
 * its parent), which holds no files any more: on Linux its state in /proc/<pid>/stat is `Z`.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state …": the command may itself contain ") ", so read after the last one.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false; // no procfs (macOS) or the process just went: kill() has already answered
  }
}
