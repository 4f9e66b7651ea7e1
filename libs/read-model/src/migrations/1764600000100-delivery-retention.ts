import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox's retention (libs/read-model/src/outbox/delivered-retention.ts): the delivered deliveries oldest first,
 * and a change's rows by event, so a change is deleted once no subscription's row names it any more.
 */
export class DeliveryRetention1764600000100 implements MigrationInterface {
  readonly name = 'DeliveryRetention1764600000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX delivery_batches_delivered ON delivery_batches (delivered_at) WHERE state = 'delivered'`);
    await db.query(`CREATE INDEX delivery_outbox_event ON delivery_outbox (event_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX delivery_outbox_event, delivery_batches_delivered`);
  }
}
