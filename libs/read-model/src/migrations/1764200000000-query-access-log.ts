import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who asked about which natural person, when and why. Not an event stream: it records reads, never
 * decisions, and is kept append-only for the credit office.
 */
export class QueryAccessLog1764200000000 implements MigrationInterface {
  readonly name = 'QueryAccessLog1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE person_query_log (
      id bigserial PRIMARY KEY,
      asked_at timestamptz NOT NULL DEFAULT now(),
      department text NOT NULL,
      key_id text NOT NULL,
      subject text NOT NULL,
      endpoint text NOT NULL,
      purpose text
    )`);
    await db.query(`CREATE INDEX person_query_log_subject ON person_query_log (subject, asked_at)`);
    await db.query(`CREATE INDEX person_query_log_asked_at ON person_query_log (asked_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE person_query_log`);
  }
}
