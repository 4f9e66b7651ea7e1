import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The runner's bookkeeping. A projection's own tables are not here: they belong to the projection's
 * version and are created per generation (`<table>__g<n>`) by the runner, behind a view named
 * `<table>` that a rebuild re-points in one transaction.
 */
export class ProjectionRunner1764100000001 implements MigrationInterface {
  readonly name = 'ProjectionRunner1764100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE projections (
      name text PRIMARY KEY,
      version integer NOT NULL,
      active_generation integer NOT NULL,
      tables text[] NOT NULL,
      switched_at timestamptz NOT NULL DEFAULT now()
    )`);
    await db.query(`CREATE TABLE projection_checkpoints (
      projection text NOT NULL,
      generation integer NOT NULL,
      version integer NOT NULL,
      tables text[] NOT NULL,
      commit_position bigint NOT NULL,
      prepare_position bigint NOT NULL,
      events_seen bigint NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (projection, generation)
    )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE projection_checkpoints`);
    await db.query(`DROP TABLE projections`);
  }
}
