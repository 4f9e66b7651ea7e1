import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** The projector as its own process (`node dist/apps/projector/src/main.js`): projections, expiry and webhook delivery. */
export class ProjectorProcess {
  private constructor(private readonly child: ChildProcess) {}

  static async start(env: NodeJS.ProcessEnv): Promise<ProjectorProcess> {
    const child = spawn(process.execPath, [path.resolve('dist/apps/projector/src/main.js')], {
      env: { ...env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the projector did not start in 60 s:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-20_000);
        if (output.includes('projector started')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the projector exited with ${code}:\n${output}`));
      });
    });
    return new ProjectorProcess(child);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
