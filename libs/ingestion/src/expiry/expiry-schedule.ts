import type { EventStore } from '#event-store';
import { todayInShanghai, type Clock } from '#kernel';
import { recordExpiries, type ExpirySource } from './record-expiries.js';

export interface ExpiryScheduleLogger {
  log(message: string): void;
  warn(message: string): void;
}

/**
 * Runs the expiry job a minute after start (once the projections have caught up and their tables exist)
 * and then every `intervalMs` (hourly by default): it is idempotent, so "daily" needs no exact timing,
 * and as-of queries never wait for it.
 */
export class ExpirySchedule {
  private first?: NodeJS.Timeout;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly store: EventStore,
    private readonly source: ExpirySource,
    private readonly clock: Clock,
    private readonly logger: ExpiryScheduleLogger,
    private readonly intervalMs = 3_600_000,
    private readonly firstRunAfterMs = 60_000,
  ) {}

  start(): void {
    const run = () => {
      this.running ??= recordExpiries(this.store, this.source, todayInShanghai(this.clock.now()))
        .then((n) => n > 0 && this.logger.log(`expiry job: ${n} list entr${n === 1 ? 'y' : 'ies'} recorded as expired`))
        .catch((error: Error) => this.logger.warn(`expiry job failed, retrying at the next run: ${error.message}`))
        .then(() => void (this.running = undefined));
    };
    this.first = setTimeout(run, this.firstRunAfterMs);
    this.first.unref();
    this.timer = setInterval(run, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearTimeout(this.first);
    clearInterval(this.timer);
    await this.running;
  }
}
