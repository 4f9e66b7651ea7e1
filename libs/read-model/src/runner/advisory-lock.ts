import type { DataSource, QueryRunner } from 'typeorm';

/**
 * A session-level PostgreSQL advisory lock held on its own connection for as long as the holder runs:
 * if the process dies, the server drops the connection and the lock with it.
 */
export class AdvisoryLock {
  private constructor(
    private readonly connection: QueryRunner,
    private readonly key: string,
  ) {}

  static async tryAcquire(dataSource: DataSource, key: string): Promise<AdvisoryLock | undefined> {
    const connection = dataSource.createQueryRunner();
    await connection.connect();
    try {
      const [{ locked }] = await connection.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [key]);
      if (locked) return new AdvisoryLock(connection, key);
    } catch (error) {
      await connection.release();
      throw error;
    }
    await connection.release();
    return undefined;
  }

  /**
   * Whether some session of this database holds the lock: a process that died has lost it, since the
   * server ends its session. (The bigint key shows in pg_locks split into classid, its high half, and objid.)
   */
  static async isHeld(dataSource: DataSource, key: string): Promise<boolean> {
    const [{ held }] = await dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database AND d.datname = current_database()
         WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
           AND l.classid::bigint = (hashtext($1)::bigint >> 32) & 4294967295
           AND l.objid::bigint = hashtext($1)::bigint & 4294967295
       ) AS held`,
      [key],
    );
    return held;
  }

  async release(): Promise<void> {
    try {
      await this.connection.query(`SELECT pg_advisory_unlock(hashtext($1))`, [this.key]);
    } finally {
      await this.connection.release();
    }
  }
}
