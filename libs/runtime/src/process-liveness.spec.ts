import { spawn, spawnSync } from 'node:child_process';
import { isProcessAlive } from './process-liveness.js';

describe('whether a process is alive', () => {
  it('is true for a running process and false for one that has ended', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(spawnSync(process.execPath, ['-e', '']).pid!)).toBe(false);
  });

  it('is false for a zombie: ended but not yet reaped by its parent', async () => {
    // The shell starts a short `sleep` in the background, then becomes `sleep`, which never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 10'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(String(await new Promise((resolve) => parent.stdout.once('data', resolve))).trim());
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(() => process.kill(zombie, 0)).not.toThrow(); // what the lock used to rely on
      expect(isProcessAlive(zombie)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
