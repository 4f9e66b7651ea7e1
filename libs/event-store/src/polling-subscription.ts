import type { EventStore, EventSubscription } from './event-store.port.js';
import { LOG_START, type GlobalPosition } from './global-position.js';
import type { RecordedEvent } from './recorded-event.js';

export interface PollingOptions {
  readonly batchSize?: number;
  /** Longest wait between reads when no append signal arrives (another process may have appended). */
  readonly pollIntervalMs?: number;
}

/** A catch-up subscription built on the gap-free `readAll`: reads batches until the end, then waits for appends. */
export class PollingSubscription implements EventSubscription {
  private readonly stop = new AbortController();

  constructor(
    private readonly store: Pick<EventStore, 'readAll' | 'waitForAppend'>,
    private readonly after: GlobalPosition = LOG_START,
    private readonly options: PollingOptions = {},
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    const batchSize = this.options.batchSize ?? 500;
    const pollIntervalMs = this.options.pollIntervalMs ?? 250;
    let position = this.after;
    while (!this.stop.signal.aborted) {
      const batch = await this.store.readAll({ after: position, maxCount: batchSize });
      for (const event of batch) {
        if (this.stop.signal.aborted) return;
        yield event;
        position = event.position;
      }
      if (batch.length < batchSize) await this.store.waitForAppend(pollIntervalMs, this.stop.signal);
    }
  }

  async close(): Promise<void> {
    this.stop.abort();
  }
}
