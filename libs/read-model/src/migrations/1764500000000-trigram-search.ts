import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pg_trgm, for the subjects read model's partial-name search (a GIN index on `name gin_trgm_ops`). A trusted
 * extension since PostgreSQL 13: the database owner may create it. PGlite loads it where it is created
 * (libs/runtime/src/embedded-postgres.ts).
 */
export class TrigramSearch1764500000000 implements MigrationInterface {
  readonly name = 'TrigramSearch1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  }

  async down(): Promise<void> {
    // Left in place: other schemas of the database may use it.
  }
}
