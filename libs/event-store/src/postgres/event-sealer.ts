import pg from 'pg';
import type { EventStore } from '../event-store.port.js';
import type { Queryable } from './postgres-event-store.js';

export interface EventSealerOptions {
  readonly batchSize?: number;
  /** Longest wait between rounds when no append signal arrives (another process may have appended). */
  readonly pollIntervalMs?: number;
  readonly logger?: { warn(message: string, context?: string): void };
}

/**
 * Extends the global chain (`event_seals`) behind the log, in its gap-free order: each round is one
 * `seal_events` transaction, so a crash loses nothing and a restart continues from the last seal;
 * several sealers on one database take turns under a lock.
 */
export class EventSealer {
  private readonly stop = new AbortController();
  private running?: Promise<void>;

  constructor(
    private readonly db: Queryable,
    private readonly appends: Pick<EventStore, 'waitForAppend'>,
    private readonly options: EventSealerOptions = {},
    private readonly ownPool?: pg.Pool,
  ) {}

  /** A sealer on a connection of its own, closed with it. */
  static onConnection(config: pg.PoolConfig, appends: Pick<EventStore, 'waitForAppend'>, options?: EventSealerOptions): EventSealer {
    const pool = new pg.Pool({ ...config, max: 1 });
    pool.on('error', () => undefined); // a dropped idle connection is replaced on the next round
    return new EventSealer(pool, appends, options, pool);
  }

  /** Seals what is visible now, batch by batch; returns how many events it sealed. */
  async sealVisible(): Promise<number> {
    const batchSize = this.options.batchSize ?? 1000;
    let total = 0;
    for (;;) {
      const { rows } = await this.db.query<{ sealed: number }>(`SELECT seal_events($1) AS sealed`, [batchSize]);
      total += rows[0].sealed;
      if (rows[0].sealed < batchSize || this.stop.signal.aborted) return total;
    }
  }

  start(): void {
    this.running ??= this.run();
  }

  async close(): Promise<void> {
    this.stop.abort();
    await this.running;
    await this.ownPool?.end();
  }

  private async run(): Promise<void> {
    const pollIntervalMs = this.options.pollIntervalMs ?? 1000;
    while (!this.stop.signal.aborted) {
      try {
        await this.sealVisible();
      } catch (error) {
        this.options.logger?.warn(`sealing the event log failed, will retry: ${(error as Error).message}`, 'EventSealer');
      }
      await this.appends.waitForAppend(pollIntervalMs, this.stop.signal);
    }
  }
}
