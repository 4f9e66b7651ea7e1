import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

export const API_MAIN = path.resolve('dist/apps/api/src/main.js');
export const PROJECTOR_MAIN = path.resolve('dist/apps/projector/src/main.js');
export const CLI_MAIN = path.resolve('dist/apps/cli/src/main.js');

const running = new Set<NodeProcess>();

/** SIGKILLs every process this suite started that is still running (for afterAll, when a test failed midway). */
export async function killLeftoverProcesses(): Promise<void> {
  await Promise.all([...running].map((process) => process.stop('SIGKILL')));
}

/** A node process of the built application, with its output kept line by line (the last few hundred). */
export class NodeProcess {
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;
  private readonly listeners = new Set<(line: string) => void>();

  constructor(
    private readonly script: string,
    args: readonly string[],
    env: NodeJS.ProcessEnv,
  ) {
    this.child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    // 'close', not 'exit': by then the last output has been read.
    this.exited = once(this.child, 'close').then(([code, signal]) => {
      running.delete(this);
      return { code, signal };
    });
    running.add(this);
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      // Progress lines end in \r, not \n: split on both.
      stream.setEncoding('utf8');
      let partial = '';
      stream.on('data', (chunk: string) => {
        const parts = (partial + chunk).split(/\r|\n/);
        partial = parts.pop()!;
        for (const line of parts) if (line) this.line(line);
      });
      stream.on('end', () => partial && this.line(partial));
    }
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Calls `listener` with every later line; returns the function that stops it. */
  onLine(listener: (line: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first line (already seen or later) that matches, or rejects when the process exits first. */
  async waitForLine(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpExecArray> {
    const seen = this.lines.map((l) => pattern.exec(l)).find(Boolean);
    if (seen) return seen;
    let stop = () => {};
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        new Promise<RegExpExecArray>((resolve) => {
          stop = this.onLine((line) => {
            const match = pattern.exec(line);
            if (match) resolve(match);
          });
        }),
        this.exited.then(({ code, signal }) => {
          throw new Error(`${this.describe()} exited (${signal ?? code}) before printing ${pattern}:\n${this.tail()}`);
        }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`${this.describe()} did not print ${pattern} in ${timeoutMs} ms:\n${this.tail()}`)),
            timeoutMs,
          );
        }),
      ]);
    } finally {
      stop();
      clearTimeout(timer);
    }
  }

  /** Sends the signal and waits until the process is gone (reaped). */
  async stop(signal: NodeJS.Signals): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    await this.exited;
  }

  tail(lines = 20): string {
    return this.lines.slice(-lines).join('\n');
  }

  private describe(): string {
    return `${path.relative(process.cwd(), this.script)} (pid ${this.pid})`;
  }

  private line(line: string): void {
    this.lines.push(line);
    if (this.lines.length > 400) this.lines.splice(0, 200);
    for (const listener of this.listeners) listener(line);
  }
}

/** Runs a command of the built CLI to its end; fails with its output unless it exits with one of `okCodes`. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv, okCodes: readonly number[] = [0]): Promise<string[]> {
  const cli = new NodeProcess(CLI_MAIN, args, env);
  const { code, signal } = await cli.exited;
  if (code === null || !okCodes.includes(code)) throw new Error(`cli ${args.join(' ')} exited (${signal ?? code}):\n${cli.tail()}`);
  return cli.lines;
}
