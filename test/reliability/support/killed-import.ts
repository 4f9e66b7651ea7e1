import { CLI_MAIN, NodeProcess } from './child-process.js';

/** A plain progress line of `cli import` off a terminal: `import <file>: <lines>/<total> lines (…`. */
const PROGRESS = /^import .*: (\d+)\/\d+ lines /;

export interface ImportRun {
  /** Whether the SIGKILL landed before the import finished on its own. */
  readonly killed: boolean;
  /** The last progress the importer reported (lines read so far). */
  readonly lastLine: number;
}

/**
 * `cli import` as a child process, SIGKILLed `delayMs` after its progress first reaches `killAfterLine`
 * (mid-batch, while the next batch is being decided or written). Finishing first is not an error.
 */
export async function importKilledAt(
  env: NodeJS.ProcessEnv,
  run: { file: string; department: string; batch: number; killAfterLine: number; delayMs: number },
): Promise<ImportRun> {
  // A progress line after every batch, so that a kill can be aimed at a line.
  const importer = new NodeProcess(CLI_MAIN, ['import', run.file, '--department', run.department, '--batch', String(run.batch)], {
    ...env,
    PROGRESS_EVERY_MS: '0',
  });
  let lastLine = 0;
  let timer: NodeJS.Timeout | undefined;
  importer.onLine((line) => {
    const progress = PROGRESS.exec(line);
    if (!progress) return;
    lastLine = Number(progress[1]);
    if (lastLine >= run.killAfterLine && !timer) timer = setTimeout(() => void importer.stop('SIGKILL'), run.delayMs);
  });
  const { code, signal } = await importer.exited;
  clearTimeout(timer);
  if (signal === 'SIGKILL') return { killed: true, lastLine };
  if (code !== 0 && code !== 3) throw new Error(`import of ${run.file} failed (${signal ?? code}):\n${importer.tail()}`);
  return { killed: false, lastLine };
}

export interface ImportSummary {
  readonly lines: number;
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: number;
}

/** `cli import` to its end; its summary. Lines it rejects (exit code 3) are rejected the same way on every run. */
export async function importToEnd(env: NodeJS.ProcessEnv, file: string, department: string, batch = 500): Promise<ImportSummary> {
  const importer = new NodeProcess(CLI_MAIN, ['import', file, '--department', department, '--batch', String(batch)], env);
  const { code, signal } = await importer.exited;
  if (code !== 0 && code !== 3) throw new Error(`import of ${file} failed (${signal ?? code}):\n${importer.tail()}`);
  return JSON.parse(importer.lines.filter((line) => line.startsWith('{')).pop()!) as ImportSummary;
}
