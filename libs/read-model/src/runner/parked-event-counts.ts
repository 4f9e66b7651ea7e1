import type { DataSource } from 'typeorm';

const UNDEFINED_TABLE = '42P01';

/** Parked events per projection; none while the table does not exist (a schema before it). */
export async function parkedEventCounts(readModels: DataSource): Promise<Array<{ projection: string; parked: number }>> {
  try {
    return await readModels.query(`SELECT projection, count(*)::int AS parked FROM projection_parked_events GROUP BY 1`);
  } catch (error) {
    if (
      (error as { driverError?: { code?: string } }).driverError?.code === UNDEFINED_TABLE ||
      (error as { code?: string }).code === UNDEFINED_TABLE
    )
      return [];
    throw error;
  }
}
