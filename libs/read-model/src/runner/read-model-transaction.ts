import type { DataSource, QueryRunner } from 'typeorm';
import type { ProjectionTransaction } from '../projections/projection.js';

/** Runs `work` in one transaction on its own connection: committed if it resolves, rolled back if it throws. */
export async function inTransaction<T>(dataSource: DataSource, work: (db: ProjectionTransaction) => Promise<T>): Promise<T> {
  const runner: QueryRunner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const result = await work({
      query: async <Row>(sql: string, params?: unknown[]) => (await runner.query(sql, params, true)).records as Row[],
    });
    await runner.commitTransaction();
    return result;
  } catch (error) {
    await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
