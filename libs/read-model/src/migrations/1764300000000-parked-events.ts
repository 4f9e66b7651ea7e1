import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events a projection could not apply (the same event failed again on its own). The runner moves its
 * checkpoint past them and goes on; an operator replays them once the cause is fixed. Rows belong to
 * one generation of the projection's tables and go with it.
 */
export class ParkedEvents1764300000000 implements MigrationInterface {
  readonly name = 'ParkedEvents1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE projection_parked_events (
      projection text NOT NULL,
      generation integer NOT NULL,
      event_id uuid NOT NULL,
      commit_position bigint NOT NULL,
      prepare_position bigint NOT NULL,
      stream_id text NOT NULL,
      stream_revision bigint NOT NULL,
      event_type text NOT NULL,
      error_code text NOT NULL,
      error text NOT NULL,
      first_failed_at timestamptz NOT NULL DEFAULT now(),
      last_failed_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 1,
      PRIMARY KEY (projection, generation, event_id)
    )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE projection_parked_events`);
  }
}
