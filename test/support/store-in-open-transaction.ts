import pg from 'pg';
import { PostgresEventStore } from '#event-store/postgres';
import { poolConfig, type PostgresConnection } from '#runtime';

/**
 * An event store whose appends run in one transaction that stays open until `commit` or `rollback`:
 * its pool holds a single connection, so BEGIN, the appends and the end of the transaction share it.
 * For tests of what readers see of a transaction that commits late.
 */
export async function storeInOpenTransaction(connection: PostgresConnection) {
  const pool = new pg.Pool(poolConfig(connection, 1));
  await pool.query('BEGIN');
  let ended: Promise<void> | undefined;
  const end = (statement: 'COMMIT' | 'ROLLBACK') =>
    (ended ??= (async () => {
      try {
        await pool.query(statement);
      } finally {
        await pool.end();
      }
    })());
  return { store: new PostgresEventStore(pool), commit: () => end('COMMIT'), rollback: () => end('ROLLBACK') };
}
