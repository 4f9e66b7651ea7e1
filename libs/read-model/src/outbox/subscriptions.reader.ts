import type { DataSource } from 'typeorm';
import type { Subscription } from '#credit';
import { subscriptionOfRow, type SubscriptionRow } from './subscription-row.js';

/** The subscriptions as the fan-out has reached them (a subscription just created may show a moment later). */
export class SubscriptionsReader {
  constructor(private readonly db: DataSource) {}

  /** A department's subscriptions, or every one (the credit office), newest first; cancelled ones included. */
  async list(department?: string): Promise<Subscription[]> {
    const rows: SubscriptionRow[] = await this.db.query(
      `SELECT * FROM delivery_subscriptions WHERE ($1::text IS NULL OR department = $1) ORDER BY created_at DESC, id`,
      [department ?? null],
    );
    return rows.map(subscriptionOfRow);
  }
}
