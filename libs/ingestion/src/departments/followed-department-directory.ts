import {
  DepartmentDirectory,
  DEPARTMENTS_STREAM,
  foldDepartmentEvents,
  initialDepartmentsState,
  type DepartmentsState,
  type SkippedDepartmentEvent,
} from '#credit';
import type { EventStore } from '#event-store';

export interface DepartmentFollowerLogger {
  warn(message: string): void;
}

/**
 * The department directory of a running process, kept up to date with the departments stream: it reads
 * the events after the last one it applied whenever an append may have happened, and at least every
 * `pollMs` (another process's append wakes nobody here). A new or revoked key takes effect within about
 * `pollMs`, without a restart.
 */
export class FollowedDepartmentDirectory extends DepartmentDirectory {
  private state: DepartmentsState = initialDepartmentsState();
  private revision = -1;
  private readonly stopping = new AbortController();
  private loop?: Promise<void>;
  private reading: Promise<number> = Promise.resolve(0);

  private constructor(
    private readonly store: EventStore,
    private readonly logger: DepartmentFollowerLogger,
    private readonly pollMs: number,
  ) {
    super([]);
  }

  /** Reads the stream once (so the first request already sees every department), then follows it. */
  static async start(store: EventStore, logger: DepartmentFollowerLogger, pollMs = 1000): Promise<FollowedDepartmentDirectory> {
    const directory = new FollowedDepartmentDirectory(store, logger, pollMs);
    await directory.catchUp();
    directory.loop = directory.follow();
    return directory;
  }

  /** Applies the events appended since the last call; returns how many it read. Calls run one after another. */
  catchUp(): Promise<number> {
    const next = this.reading.catch(() => 0).then(() => this.readNewEvents());
    this.reading = next;
    return next;
  }

  private async readNewEvents(): Promise<number> {
    const events = await this.store.readStream(DEPARTMENTS_STREAM, { fromRevision: this.revision + 1 });
    if (events.length === 0) return 0;
    const { state, skipped } = foldDepartmentEvents(events, this.state);
    this.report(skipped);
    this.state = state;
    this.revision = events.at(-1)!.revision;
    this.replace([...state.departments.values()]);
    return events.length;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  /** Nest calls this when the app closes (the directory is the DEPARTMENTS provider). */
  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  private async follow(): Promise<void> {
    const { signal } = this.stopping;
    while (!signal.aborted) {
      await this.store.waitForAppend(this.pollMs, signal);
      if (signal.aborted) break;
      try {
        await this.catchUp();
      } catch (error) {
        if (!signal.aborted)
          this.logger.warn(
            `departments: could not read the departments stream, keeping the directory as it was: ${(error as Error).message}`,
          );
        await sleep(this.pollMs, signal);
      }
    }
  }

  private report(skipped: readonly SkippedDepartmentEvent[]): void {
    for (const s of skipped) this.logger.warn(`departments: skipped event ${s.eventId} (revision ${s.revision}, ${s.type}): ${s.problem}`);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
