import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EVENT_STORE_SCHEMA, EVENT_STORE_SCHEMA_DOWN } from '#event-store/postgres';

export class EventStore1764100000000 implements MigrationInterface {
  readonly name = 'EventStore1764100000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of EVENT_STORE_SCHEMA) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of EVENT_STORE_SCHEMA_DOWN) await db.query(statement);
  }
}
