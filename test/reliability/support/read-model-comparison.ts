import type pg from 'pg';
import { runCli } from './child-process.js';

const SNAPSHOT = 'reliability_live';

export interface TableComparison {
  readonly table: string;
  readonly rows: number;
  /** Rows of the live table the rebuild did not produce, and rows the rebuild produced that were not live. */
  readonly onlyLive: number;
  readonly onlyRebuilt: number;
}

/**
 * Copies every read-model table as the live projections left it, runs `cli rebuild --all` (a replay from the
 * first event into fresh tables), and compares every row of every column. Stop the projector first.
 */
export async function compareLiveWithRebuild(db: pg.Client, env: NodeJS.ProcessEnv): Promise<TableComparison[]> {
  const tables = (await db.query<{ table: string }>(`SELECT DISTINCT unnest(tables) AS table FROM projections ORDER BY 1`)).rows.map(
    (r) => r.table,
  );
  if (tables.length === 0) throw new Error('no read-model tables: the projections never ran');
  await db.query(`DROP SCHEMA IF EXISTS ${SNAPSHOT} CASCADE`);
  await db.query(`CREATE SCHEMA ${SNAPSHOT}`);
  for (const table of tables) await db.query(`CREATE TABLE ${SNAPSHOT}.${table} AS SELECT * FROM public.${table}`);
  await runCli(['rebuild', '--all'], env);
  const comparisons: TableComparison[] = [];
  for (const table of tables) {
    // A row's text form covers every column whatever its type (jsonb, arrays, positions).
    const count = async (from: string, except: string) =>
      Number(
        (await db.query(`SELECT count(*) AS n FROM (SELECT t::text FROM ${from} t EXCEPT ALL SELECT t::text FROM ${except} t) d`)).rows[0]
          .n,
      );
    comparisons.push({
      table,
      rows: Number((await db.query(`SELECT count(*) AS n FROM public.${table}`)).rows[0].n),
      onlyLive: await count(`${SNAPSHOT}.${table}`, `public.${table}`),
      onlyRebuilt: await count(`public.${table}`, `${SNAPSHOT}.${table}`),
    });
  }
  await db.query(`DROP SCHEMA ${SNAPSHOT} CASCADE`);
  return comparisons;
}
