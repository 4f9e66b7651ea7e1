import cliProgress from 'cli-progress';

/** A long job's progress on stderr: a bar with rate and ETA on a terminal, plain periodic lines elsewhere. */
export interface Progress {
  /** `done` so far out of the total; `detail` is shown after the figures. */
  update(done: number, detail?: string): void;
  /** Shows the final figures once and releases the terminal. */
  stop(detail?: string): void;
}

export interface ProgressOptions {
  readonly label: string;
  /** Unknown totals show no bar, percentage or ETA. */
  readonly total?: number;
  /** What is counted: lines, events … */
  readonly unit: string;
  readonly stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Off a terminal: at most one line per this many milliseconds (the final line is always written); default PROGRESS_EVERY_MS, else 2 s. */
  readonly everyMs?: number;
  readonly now?: () => number;
}

export function progress(options: ProgressOptions): Progress {
  return (options.stream ?? process.stderr).isTTY ? terminalBar(options) : periodicLines(options);
}

function terminalBar({ label, total, unit, stream = process.stderr }: ProgressOptions): Progress {
  const figures = total === undefined ? `{value} ${unit}` : `[{bar}] {percentage}% | {value}/{total} ${unit} | ETA {eta_formatted}`;
  const bar = new cliProgress.SingleBar(
    { format: `${label} ${figures} | {rate} ${unit}/s {detail}`, stream, hideCursor: true, etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const rate = (done: number) => Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
  let last = 0;
  bar.start(total ?? 0, 0, { rate: 0, detail: '' });
  return {
    update(done, detail = '') {
      last = done;
      if (total !== undefined && done > bar.getTotal()) bar.setTotal(done);
      bar.update(done, { rate: rate(done), detail: dash(detail) });
    },
    stop(detail = '') {
      bar.update(last, { rate: rate(last), detail: dash(detail) });
      bar.stop();
    },
  };
}

const dash = (detail: string) => (detail ? `— ${detail}` : '');

function periodicLines({
  label,
  total,
  unit,
  stream = process.stderr,
  everyMs = intervalFromEnvironment(),
  now = Date.now,
}: ProgressOptions): Progress {
  const started = now();
  let printed = started;
  let last = 0;
  const line = (done: number, detail: string | undefined, final: boolean, at: number) => {
    const seconds = Math.max((at - started) / 1000, 0.001);
    const rate = done / seconds;
    const of =
      total === undefined
        ? `${done} ${unit}`
        : `${done}/${Math.max(total, done)} ${unit} (${Math.floor((100 * done) / Math.max(total, done, 1))}%)`;
    const timing = final
      ? `in ${seconds.toFixed(1)} s`
      : total === undefined || rate === 0
        ? `${seconds.toFixed(0)} s`
        : `ETA ${Math.ceil(Math.max(total - done, 0) / rate)} s`;
    stream.write(`${label}: ${of}, ${Math.round(rate)} ${unit}/s, ${timing}${detail ? ` — ${detail}` : ''}\n`);
  };
  return {
    update(done, detail) {
      last = done;
      const at = now();
      if (at - printed < everyMs) return;
      printed = at;
      line(done, detail, false, at);
    },
    stop(detail) {
      line(last, detail, true, now());
    },
  };
}

/** PROGRESS_EVERY_MS: how often a job off a terminal reports (0: every step); anything but a whole number is ignored. */
function intervalFromEnvironment(): number {
  const text = process.env.PROGRESS_EVERY_MS?.trim();
  return text && /^\d{1,7}$/.test(text) ? Number(text) : 2_000;
}
