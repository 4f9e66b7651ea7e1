import type { DataSource } from 'typeorm';
import type { Generation } from './projection-generations.js';

/**
 * Readies a generation a rebuild has just written in bulk, before queries switch to it: planner statistics for its
 * tables (without them the planner takes a city's table for an empty one; autovacuum may be off or lag), and its GIN
 * indexes' pending lists merged (otherwise every query through such an index scans the pending entries one by one).
 */
export async function settleGeneration(dataSource: DataSource, generation: Generation): Promise<void> {
  for (const table of Object.values(generation.tables)) {
    await dataSource.query(`ANALYZE ${table}`);
    await dataSource.query(
      `SELECT gin_clean_pending_list(i.indexrelid::regclass)
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
        WHERE i.indrelid = $1::regclass AND am.amname = 'gin'`,
      [table],
    );
  }
}
