import type { ProjectionTransaction } from './projection.js';

/**
 * A batch's new rows for one table, written in one statement instead of one per event. Flush before
 * any statement that reads or updates the table, so the batch still applies in event order.
 */
export class PendingInserts<Row extends Record<string, unknown>> {
  private rows: Row[] = [];

  /** `columns`: each column with its SQL type, as the rows carry them (JSON values for json/jsonb and arrays). */
  constructor(
    private readonly db: ProjectionTransaction,
    private readonly table: string,
    private readonly columns: Readonly<Record<keyof Row & string, string>>,
    private readonly onConflict = 'ON CONFLICT DO NOTHING',
  ) {}

  add(row: Row): void {
    this.rows.push(row);
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const names = Object.keys(this.columns);
    const types = names.map((name) => `${name} ${this.columns[name as keyof Row & string]}`);
    await this.db.query(
      `INSERT INTO ${this.table} (${names.join(', ')})
       SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${types.join(', ')}) ${this.onConflict}`,
      [JSON.stringify(rows)],
    );
  }
}

export async function flushAll(...pending: readonly Pick<PendingInserts<Record<string, unknown>>, 'flush'>[]): Promise<void> {
  for (const inserts of pending) await inserts.flush();
}
