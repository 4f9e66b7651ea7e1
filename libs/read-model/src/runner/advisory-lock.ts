import type { DataSource, QueryRunner } from 'typeorm';

/**
 * A session-level PostgreSQL advisory lock held on its own connection for as long as the holder runs:
 * if the process dies, the server drops the connection and the lock with it.
 */
export class AdvisoryLock {
  private constructor(private readonly connection: QueryRunner, private readonly key: string) {}

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

  async release(): Promise<void> {
    try {
      await this.connection.query(`SELECT pg_advisory_unlock(hashtext($1))`, [this.key]);
    } finally {
      await this.connection.release();
    }
  }
}
