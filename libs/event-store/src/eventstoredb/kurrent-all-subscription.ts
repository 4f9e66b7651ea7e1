import { excludeSystemEvents, START, type KurrentDBClient, type ResolvedEvent } from '@kurrent/kurrentdb-client';
import type { EventSubscription } from '../event-store.port.js';
import { isAfter, type GlobalPosition } from '../global-position.js';
import type { RecordedEvent } from '../recorded-event.js';

const MAX_BACKOFF_MS = 30_000;

/**
 * A catch-up subscription on $all read with `for await` (so the server is paced by the consumer).
 * When the server drops it, it resubscribes from the last event it delivered.
 */
export class KurrentAllSubscription implements EventSubscription {
  private closed = false;
  private current?: { unsubscribe(): Promise<void> };

  constructor(
    private readonly client: KurrentDBClient,
    private readonly after: GlobalPosition,
    private readonly map: (resolved: ResolvedEvent) => RecordedEvent | undefined,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    let position = this.after;
    let backoffMs = 250;
    while (!this.closed) {
      const subscription = this.client.subscribeToAll({
        fromPosition: position.commit < 0n ? START : position,
        filter: excludeSystemEvents(),
      });
      this.current = subscription;
      try {
        for await (const resolved of subscription) {
          if (this.closed) return;
          const event = this.map(resolved);
          if (!event || !isAfter(event.position, position)) continue;
          backoffMs = 250;
          yield event;
          position = event.position;
        }
      } catch (error) {
        if (this.closed) return;
        await new Promise((resolve) => setTimeout(resolve, backoffMs));
        backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
      } finally {
        await subscription.unsubscribe().catch(() => undefined);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.current?.unsubscribe().catch(() => undefined);
  }
}
