import type { DataSource } from 'typeorm';
import { AppendSignal, formatPosition, type EventStore } from '#event-store';
import type { Clock } from '#kernel';
import { AdvisoryLock, DeliveryQueue, FanOutStore, SILENT_LOGGER, webhookKeyAgrees, type RunnerLogger } from '#read-model';
import { DEFAULT_DELIVERY_SETTINGS, type DeliverySettings } from './delivery-settings.js';
import { DeliveryWorker } from './delivery-worker.js';
import { FanOut, type RuleSetsOnDate } from './fan-out.js';
import { RetentionSweep } from './retention-sweep.js';
import { webhookKeyFingerprint } from './subscription-secret.js';

export type DeliveryState = 'starting' | 'standby' | 'running' | 'stopped' | 'failed' | 'key-mismatch';

export interface DeliveryStatus {
  readonly state: DeliveryState;
  /** The fan-out's checkpoint. */
  readonly checkpoint?: string;
  readonly lastError?: string;
}

export interface DeliveryServiceOptions {
  readonly settings?: Partial<DeliverySettings>;
  readonly logger?: RunnerLogger;
  /** Longest wait for an append before reading the log again. */
  readonly idleWaitMs?: number;
  readonly standbyRetryMs?: number;
  /** How often the accepted deliveries past their retention are deleted (default every 10 minutes). */
  readonly retentionSweepMs?: number;
}

const LOCK_KEY = 'delivery:webhooks';

/**
 * Webhook delivery where the projections run (the projector process, or the api in embedded mode): the fan-out,
 * the worker and the outbox's retention sweep, in one process at a time across processes (an advisory lock; the others stand by).
 */
export class DeliveryService {
  private readonly stop = new AbortController();
  private readonly settings: DeliverySettings;
  private readonly logger: RunnerLogger;
  private readonly fanOut: FanOut;
  private state: DeliveryState = 'starting';
  private lastError?: string;
  private loop?: Promise<void>;

  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    ruleSets: RuleSetsOnDate,
    clock: Clock,
    private readonly serverKey: string,
    private readonly options: DeliveryServiceOptions = {},
  ) {
    this.settings = { ...DEFAULT_DELIVERY_SETTINGS, ...options.settings };
    this.logger = options.logger ?? SILENT_LOGGER;
    this.fanOut = new FanOut(store, new FanOutStore(db), ruleSets, clock);
  }

  start(): void {
    this.loop ??= this.run().catch((error: Error) => {
      this.state = 'failed';
      this.lastError = error.message;
      this.logger.error(`webhook delivery stopped: ${error.message}`, error.stack, 'DeliveryService');
    });
  }

  /** Stops taking new work, lets the deliveries in flight end (cut at shutdown: sent again after the restart). */
  async close(): Promise<void> {
    this.stop.abort();
    await this.loop;
    this.state = 'stopped';
  }

  status(): DeliveryStatus {
    const checkpoint = this.fanOut.position();
    return {
      state: this.state,
      ...(checkpoint ? { checkpoint: formatPosition(checkpoint) } : {}),
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  private async run(): Promise<void> {
    if (!(await webhookKeyAgrees(this.db, webhookKeyFingerprint(this.serverKey)))) {
      this.state = 'key-mismatch';
      this.logger.error(
        'webhook delivery not started: this process holds another webhook key than the one recorded (JIANGCHENG_WEBHOOK_KEY must be the same for every process)',
        undefined,
        'DeliveryService',
      );
      return;
    }
    const lock = await this.acquireLock();
    if (!lock) return;
    const worker = new DeliveryWorker(
      new DeliveryQueue(this.db),
      (id) => this.fanOut.subscription(id),
      this.serverKey,
      this.settings,
      this.stop.signal,
      this.logger,
    );
    try {
      await this.fanOut.prepare();
      const delivering = worker.run();
      const sweeping = new RetentionSweep(
        this.db,
        this.settings,
        this.options.retentionSweepMs ?? 10 * 60_000,
        this.stop.signal,
        this.logger,
      ).run();
      await this.fanOutUntilStopped(worker);
      await Promise.all([delivering, sweeping]);
    } finally {
      await lock.release().catch(() => undefined);
    }
  }

  private async fanOutUntilStopped(worker: DeliveryWorker): Promise<void> {
    let failures = 0;
    while (!this.stop.signal.aborted) {
      try {
        const withWork = await this.fanOut.runOnce();
        this.state = 'running';
        this.lastError = undefined;
        failures = 0;
        if (withWork) worker.notify(withWork);
        else await this.store.waitForAppend(this.options.idleWaitMs ?? 100, this.stop.signal);
      } catch (error) {
        this.lastError = (error as Error).message;
        const waitMs = Math.min(30_000, 500 * 2 ** Math.min(failures++, 6));
        this.logger.warn(`webhook fan-out: ${this.lastError}; retrying in ${waitMs} ms`, 'DeliveryService');
        await this.sleep(waitMs);
      }
    }
  }

  private async acquireLock(): Promise<AdvisoryLock | undefined> {
    for (;;) {
      const lock = await AdvisoryLock.tryAcquire(this.db, LOCK_KEY);
      if (lock || this.stop.signal.aborted) return lock;
      if (this.state !== 'standby') {
        this.state = 'standby';
        this.logger.log('webhook delivery runs in another process; standing by', 'DeliveryService');
      }
      await this.sleep(this.options.standbyRetryMs ?? 5000);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new AppendSignal().wait(ms, this.stop.signal);
  }
}
