import type { Subscription } from '#credit';
import { AppendSignal } from '#event-store';
import type { DeliveryQueue, DueDelivery, RunnerLogger } from '#read-model';
import { retryDelayMs, type DeliverySettings } from './delivery-settings.js';
import { subscriptionSecret } from './subscription-secret.js';
import { postDelivery } from './webhook-post.js';

/** How often the worker looks for due retries when nothing wakes it. */
const POLL_MS = 200;

/**
 * Sends the outbox's deliveries: each subscription's in log order, one at a time; subscriptions concurrently.
 * Woken by the fan-out when it queues rows, and every POLL_MS for retries that fall due.
 */
export class DeliveryWorker {
  private readonly wake = new AppendSignal();
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private woken = false;

  constructor(
    private readonly queue: DeliveryQueue,
    private readonly subscription: (id: string) => Subscription | undefined,
    private readonly serverKey: string,
    private readonly settings: DeliverySettings,
    private readonly stop: AbortSignal,
    private readonly logger: RunnerLogger,
  ) {}

  /** Rows were queued or re-queued: look now rather than at the next poll. */
  notify(): void {
    this.woken = true;
    this.wake.notify();
  }

  async run(): Promise<void> {
    while (!this.stop.aborted) {
      this.woken = false;
      try {
        for (const id of await this.queue.subscriptionsWithWork()) this.kick(id);
      } catch (error) {
        this.logger.warn(`webhook delivery: ${(error as Error).message}; looking again shortly`, 'DeliveryWorker');
      }
      if (!this.woken) await this.wake.wait(POLL_MS, this.stop);
    }
    while (this.running.size > 0) await Promise.all([...this.running.values()]);
  }

  private kick(id: string): void {
    if (this.running.has(id)) {
      this.again.add(id);
      return;
    }
    const task = this.drain(id)
      .catch((error: Error) => this.logger.warn(`webhook delivery to subscription ${id}: ${error.message}`, 'DeliveryWorker'))
      .finally(() => {
        this.running.delete(id);
        if (this.again.delete(id) && !this.stop.aborted) this.kick(id);
      });
    this.running.set(id, task);
  }

  private async drain(id: string): Promise<void> {
    while (!this.stop.aborted) {
      const subscription = this.subscription(id);
      if (!subscription || subscription.cancelledAt) return;
      const due = await this.queue.next(id, this.settings.batchSize);
      if (!due) return;
      await this.send(subscription, due);
    }
  }

  private async send(subscription: Subscription, due: DueDelivery): Promise<void> {
    const body = JSON.stringify({
      deliveryId: due.deliveryId,
      subscriptionId: subscription.id,
      attempt: due.attempt,
      changes: due.changes,
    });
    const secret = subscriptionSecret(this.serverKey, subscription.id, subscription.secretVersion);
    const outcome = await postDelivery(subscription.url, body, { deliveryId: due.deliveryId, secret }, this.settings.timeoutMs, this.stop);
    if (outcome.ok) return this.queue.delivered(due.deliveryId, outcome.status);
    if ('stopped' in outcome) return;
    const status = 'status' in outcome ? outcome.status : undefined;
    const dead = await this.queue.failed(
      due.deliveryId,
      { status, error: outcome.error },
      this.settings.maxAttempts,
      retryDelayMs(due.attempt, this.settings),
    );
    if (dead) {
      this.logger.warn(
        `webhook delivery ${due.deliveryId} to subscription ${subscription.id} is a dead letter after ${due.attempt} attempts: ${outcome.error}`,
        'DeliveryWorker',
      );
    }
  }
}
