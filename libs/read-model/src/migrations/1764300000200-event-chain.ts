import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EVENT_CHAIN_SCHEMA, EVENT_CHAIN_SCHEMA_DOWN } from '#event-store/postgres';

/** The tamper-evident log: a stream link on every event (events stored before are linked here, in order) and the seals of the global order. */
export class EventChain1764300000200 implements MigrationInterface {
  readonly name = 'EventChain1764300000200';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of EVENT_CHAIN_SCHEMA) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of EVENT_CHAIN_SCHEMA_DOWN) await db.query(statement);
  }
}
