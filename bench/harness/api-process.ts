import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The api as its own process (`node dist/apps/api/src/main.js`), so load comes from another process. */
export class ApiProcess {
  private peakRssKiB = 0;
  private readonly sampler: NodeJS.Timeout;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    this.sampler = setInterval(() => this.sampleRss(), 500);
  }

  /** `profileDir`: write a V8 CPU profile of the api there (node --cpu-prof). */
  static async start(env: NodeJS.ProcessEnv, profileDir?: string): Promise<ApiProcess> {
    const main = path.resolve('dist/apps/api/src/main.js');
    const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    // As `npm start` runs it: a larger young generation makes the garbage of JSON-heavy requests cheaper to collect.
    const child = spawn(process.execPath, ['--max-semi-space-size=64', ...profiling, main], {
      env: { ...env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the api did not start in 60 s:\n${output}`)), 60_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const listening = /listening on (http:\/\/\S+)/.exec(output);
        if (listening) {
          clearTimeout(timer);
          resolve(listening[1].replace('localhost', '127.0.0.1'));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the api exited with ${code}:\n${output}`));
      });
    });
    return new ApiProcess(child, url);
  }

  /** The most memory the process held at once (VmHWM), in MiB; 0 where /proc is not available. */
  get peakRssMiB(): number {
    this.sampleRss();
    return Math.round(this.peakRssKiB / 1024);
  }

  async stop(): Promise<void> {
    clearInterval(this.sampler);
    this.sampleRss();
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }

  private sampleRss(): void {
    try {
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      this.peakRssKiB = Math.max(this.peakRssKiB, hwm);
    } catch {
      // the process has exited, or this is not Linux
    }
  }
}
