import type { Subscription } from '#credit';
import { AppendSignal } from '#event-store';
import type { DeliveryQueue, DueDelivery, RunnerLogger } from '#read-model';
import { retryDelayMs, type DeliverySettings } from './delivery-settings.js';
import { subscriptionSecret } from './subscription-secret.js';
import { postDelivery } from './webhook-post.js';

/** How often the worker looks for due retries when nothing wakes it. */
const POLL_MS = 200;

/**
 * Sends the outbox's deliveries: each subscription's one at a time, in log order; up to `settings.parallel`
 * subscriptions at once, taking turns (a subscription with more to send goes to the back of the line after each
 * delivery, so a busy or slow one starves none). Woken by the fan-out for the subscriptions it queued rows for,
 * and every POLL_MS for retries that fall due.
 */
export class DeliveryWorker {
  private readonly poll = new AppendSignal();
  /** Subscriptions waiting for a turn, in the order they asked. */
  private readonly line: string[] = [];
  /** Subscriptions in the line or sending now: at most one delivery each at a time. */
  private readonly busy = new Set<string>();
  /** Busy subscriptions told of new work meanwhile: they look again after their turn even if it found nothing. */
  private readonly again = new Set<string>();
  private readonly sending = new Set<Promise<void>>();

  constructor(
    private readonly queue: DeliveryQueue,
    private readonly subscription: (id: string) => Subscription | undefined,
    private readonly serverKey: string,
    private readonly settings: DeliverySettings,
    private readonly stop: AbortSignal,
    private readonly logger: RunnerLogger,
  ) {}

  /** Rows were queued or re-queued for these subscriptions: send now rather than at the next poll. */
  notify(subscriptionIds: Iterable<string>): void {
    for (const id of subscriptionIds) this.kick(id);
  }

  async run(): Promise<void> {
    while (!this.stop.aborted) {
      try {
        for (const id of await this.queue.subscriptionsWithWork()) this.kick(id);
      } catch (error) {
        this.logger.warn(`webhook delivery: ${(error as Error).message}; looking again shortly`, 'DeliveryWorker');
      }
      await this.poll.wait(POLL_MS, this.stop);
    }
    while (this.sending.size > 0) await Promise.all([...this.sending]);
  }

  private kick(id: string): void {
    if (this.busy.has(id)) {
      this.again.add(id);
      return;
    }
    this.busy.add(id);
    this.line.push(id);
    this.takeTurns();
  }

  private takeTurns(): void {
    while (this.sending.size < this.settings.parallel && this.line.length > 0 && !this.stop.aborted) {
      const id = this.line.shift()!;
      const turn = this.turn(id)
        .catch((error: Error) => {
          this.logger.warn(`webhook delivery to subscription ${id}: ${error.message}`, 'DeliveryWorker');
          return false;
        })
        .then((sent) => {
          this.sending.delete(turn);
          if ((sent || this.again.delete(id)) && !this.stop.aborted) this.line.push(id);
          else this.busy.delete(id);
          this.takeTurns();
        });
      this.sending.add(turn);
    }
  }

  /** One delivery of the subscription, if one is due; whether it sent one (then it may have more). */
  private async turn(id: string): Promise<boolean> {
    this.again.delete(id);
    const subscription = this.subscription(id);
    if (!subscription || subscription.cancelledAt) return false;
    const due = await this.queue.next(id, this.settings.batchSize);
    if (!due) return false;
    await this.send(subscription, due);
    return true;
  }

  private async send(subscription: Subscription, due: DueDelivery): Promise<void> {
    const body = JSON.stringify({
      deliveryId: due.deliveryId,
      subscriptionId: subscription.id,
      attempt: due.attempt,
      changes: due.changes,
    });
    const secret = subscriptionSecret(this.serverKey, subscription.id, subscription.secretVersion);
    const outcome = await postDelivery(
      { url: subscription.url, allowedNetworks: this.settings.allowedNetworks },
      body,
      { deliveryId: due.deliveryId, secret },
      this.settings.timeoutMs,
      this.stop,
    );
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
