import type { DataSource } from 'typeorm';
import { comparePositions, formatPosition, type EventStore, type GlobalPosition } from '#event-store';
import type { Projection } from '../projections/projection.js';
import { abortableSleep } from './abortable-sleep.js';
import { AdvisoryLock } from './advisory-lock.js';
import { applyOrPark } from './apply-or-park.js';
import { describeFailure } from './projection-failure.js';
import { ProjectionGenerations, type Generation } from './projection-generations.js';
import { rebuildProjection } from './rebuild-projection.js';
import { SILENT_LOGGER, type RunnerLogger } from './runner-logger.js';

export interface ProjectionRunnerOptions {
  readonly batchSize?: number;
  /** Longest wait for new events before reading again (appends from this process wake it sooner). */
  readonly idleWaitMs?: number;
  /** How often a standby runner retries the lock held by another process. */
  readonly standbyRetryMs?: number;
  /** Longest wait between retries after a transient failure (the wait doubles from 1 s up to this). */
  readonly maxRetryDelayMs?: number;
  readonly logger?: RunnerLogger;
}

export type RunnerState = 'starting' | 'standby' | 'rebuilding' | 'running' | 'stopped' | 'failed';

export interface ProjectionStatus {
  readonly projection: string;
  readonly version: number;
  readonly state: RunnerState;
  readonly generation?: number;
  readonly checkpoint?: GlobalPosition;
  readonly eventsSeen?: number;
  /** The code (SQLSTATE or error class) of the transient failure being retried, if any. */
  readonly lastError?: string;
}

/**
 * Keeps one projection up to date: one active runner per projection across processes (advisory lock);
 * each batch is applied and its checkpoint moved in one transaction, by compare-and-set.
 */
export class ProjectionRunner {
  private readonly generations: ProjectionGenerations;
  private readonly stop = new AbortController();
  private readonly logger: RunnerLogger;
  private state: RunnerState = 'starting';
  private generation?: Generation;
  private lastError?: string;
  private loop?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.generations = new ProjectionGenerations(dataSource);
    this.logger = options.logger ?? SILENT_LOGGER;
  }

  start(): void {
    this.loop ??= this.run().catch((error: Error) => {
      this.state = 'failed';
      this.lastError = describeFailure(error).code;
      this.logger.error(`projection ${this.projection.name} stopped: ${error.message}`, error.stack, 'ProjectionRunner');
    });
  }

  async close(): Promise<void> {
    this.stop.abort();
    await this.loop;
    this.state = 'stopped';
  }

  status(): ProjectionStatus {
    return {
      projection: this.projection.name,
      version: this.projection.version,
      state: this.state,
      generation: this.generation?.generation,
      checkpoint: this.generation?.checkpoint,
      eventsSeen: this.generation?.eventsSeen,
      lastError: this.lastError,
    };
  }

  /**
   * Reads and applies batches until the log is exhausted and, with `until`, the checkpoint has reached
   * that position (an append becomes readable only once every older transaction has ended). Returns how
   * many events it read.
   */
  async catchUp(until?: GlobalPosition, timeoutMs = 30_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let applied = 0;
    for (;;) {
      const batch = await this.runOnce();
      applied += batch;
      if (batch > 0) continue;
      if (!until || comparePositions(this.generation!.checkpoint, until) >= 0) return applied;
      if (Date.now() > deadline) {
        throw new Error(`projection ${this.projection.name} did not reach ${formatPosition(until)} in ${timeoutMs} ms`);
      }
      await this.store.waitForAppend(20, this.stop.signal);
    }
  }

  private async run(): Promise<void> {
    const lock = await this.acquireLock();
    if (!lock) return;
    try {
      let failures = 0;
      while (!this.stop.signal.aborted) {
        try {
          const applied = await this.runOnce();
          this.state = 'running';
          this.lastError = undefined;
          failures = 0;
          if (applied === 0) await this.store.waitForAppend(this.options.idleWaitMs ?? 1000, this.stop.signal);
        } catch (error) {
          // Transient failures get here (an event that cannot be applied is parked): back off and retry,
          // preparing again from what the database says (a rebuild may have switched or been cut short).
          this.lastError = describeFailure(error).code;
          const waitMs = retryDelayMs(failures++, this.options.maxRetryDelayMs ?? 30_000);
          this.logger.warn(`projection ${this.projection.name}: ${(error as Error).message}; retrying in ${waitMs} ms`, 'ProjectionRunner');
          await abortableSleep(waitMs, this.stop.signal);
          this.generation = undefined;
        }
      }
    } finally {
      await lock.release().catch(() => undefined);
    }
  }

  /** One batch: returns the number of events read (0 at the end of the log). */
  async runOnce(): Promise<number> {
    this.generation ??= await this.prepare();
    const batch = await this.store.readAll({ after: this.generation.checkpoint, maxCount: this.options.batchSize ?? 500 });
    if (batch.length === 0) return 0;
    const next = await applyOrPark(this.generations, this.projection, this.generation, batch, this.logger);
    // Someone else moved the checkpoint (a rebuild switched generations): continue from theirs.
    this.generation = next ?? (await this.generations.active(this.projection));
    return next ? batch.length : 0;
  }

  private async prepare(): Promise<Generation> {
    let active = await this.generations.active(this.projection);
    if (!active) {
      active = await this.generations.create(this.projection, { activate: true });
      this.logger.log(`projection ${this.projection.name} v${this.projection.version} created`, 'ProjectionRunner');
    } else if (active.version !== this.projection.version) {
      this.state = 'rebuilding';
      this.logger.log(
        `projection ${this.projection.name} is v${active.version} in the database, v${this.projection.version} in code: rebuilding`,
        'ProjectionRunner',
      );
      active = await rebuildProjection(this.dataSource, this.store, this.projection, {
        batchSize: this.options.batchSize,
        signal: this.stop.signal,
      });
    }
    this.generation = active;
    return active;
  }

  private async acquireLock(): Promise<AdvisoryLock | undefined> {
    for (;;) {
      const lock = await AdvisoryLock.tryAcquire(this.dataSource, runnerLockKey(this.projection.name));
      if (lock || this.stop.signal.aborted) return lock;
      if (this.state !== 'standby') {
        this.state = 'standby';
        this.logger.log(`projection ${this.projection.name} runs in another process; standing by`, 'ProjectionRunner');
      }
      await abortableSleep(this.options.standbyRetryMs ?? 5000, this.stop.signal);
    }
  }
}

function retryDelayMs(failures: number, maxMs: number): number {
  return Math.min(maxMs, 1000 * 2 ** Math.min(failures, 16));
}

/** The advisory lock the active runner of a projection holds, in whichever process it runs. */
export function runnerLockKey(projection: string): string {
  return `projection:${projection}`;
}

/** Whether a runner of the projection is active in some process (its advisory lock is held). */
export function projectionRunnerActive(dataSource: DataSource, projection: string): Promise<boolean> {
  return AdvisoryLock.isHeld(dataSource, runnerLockKey(projection));
}
