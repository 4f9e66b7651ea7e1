import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The webhook outbox. Not a projection: rebuilding it would send every change again. The fan-out moves its
 * checkpoint, the subscriptions as of that position, each change once and one slim row per (subscription, change)
 * in one transaction;
 * the delivery worker groups a subscription's rows into deliveries (one Idempotency-Key each) and records each
 * attempt. `delivery_key` keeps a fingerprint of the server key, so processes with different keys are noticed.
 */
export class DeliveryOutbox1764400000000 implements MigrationInterface {
  readonly name = 'DeliveryOutbox1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE delivery_fanout (
      id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      commit_position bigint NOT NULL,
      prepare_position bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await db.query(`CREATE TABLE delivery_subscriptions (
      id uuid PRIMARY KEY,
      department text NOT NULL,
      url text NOT NULL,
      list_types text[],
      scenarios text[],
      own_measures boolean NOT NULL,
      registrations boolean NOT NULL,
      secret_version integer NOT NULL,
      created_at timestamptz NOT NULL,
      cancelled_at timestamptz
    )`);
    await db.query(`CREATE INDEX delivery_subscriptions_department ON delivery_subscriptions (department)`);
    // A change as delivered, kept once however many subscriptions receive it.
    await db.query(`CREATE TABLE delivery_changes (
      event_id text PRIMARY KEY,
      change jsonb NOT NULL
    )`);
    await db.query(`CREATE TABLE delivery_outbox (
      seq bigserial PRIMARY KEY,
      subscription_id uuid NOT NULL,
      event_id text NOT NULL,
      commit_position bigint NOT NULL,
      prepare_position bigint NOT NULL,
      subject text NOT NULL,
      -- queued: in no delivery yet; sent: in a delivery not yet accepted; dead: in a dead letter; delivered
      state text NOT NULL DEFAULT 'queued',
      delivery_id uuid,
      queued_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (subscription_id, event_id)
    )`);
    // The worker's two questions, each answered from the rows it concerns only (delivered rows are most of the table):
    // a subscription's queued changes in log order, and the subjects its undelivered deliveries hold.
    await db.query(
      `CREATE INDEX delivery_outbox_queued ON delivery_outbox (subscription_id, commit_position, prepare_position) WHERE state = 'queued'`,
    );
    await db.query(`CREATE INDEX delivery_outbox_held ON delivery_outbox (subscription_id, subject) WHERE state IN ('sent', 'dead')`);
    await db.query(`CREATE INDEX delivery_outbox_delivery ON delivery_outbox (delivery_id) WHERE delivery_id IS NOT NULL`);
    await db.query(`CREATE TABLE delivery_batches (
      delivery_id uuid PRIMARY KEY,
      subscription_id uuid NOT NULL,
      -- pending (to be sent, or retried at next_attempt_at), delivered, dead
      state text NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_attempt_at timestamptz,
      last_status integer,
      last_error text,
      delivered_at timestamptz,
      dead_at timestamptz
    )`);
    await db.query(`CREATE INDEX delivery_batches_pending ON delivery_batches (subscription_id, next_attempt_at) WHERE state = 'pending'`);
    await db.query(`CREATE INDEX delivery_batches_dead ON delivery_batches (subscription_id) WHERE state = 'dead'`);
    await db.query(`CREATE TABLE delivery_key (
      id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      fingerprint text NOT NULL
    )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE delivery_key, delivery_batches, delivery_outbox, delivery_changes, delivery_subscriptions, delivery_fanout`);
  }
}
