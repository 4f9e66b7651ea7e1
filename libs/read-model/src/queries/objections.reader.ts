import type { DataSource } from 'typeorm';
import type { Objection, ObjectionStatus } from '#credit';

/** What a record under objection shows: which objection, filed on which day. */
export interface UnderObjection {
  readonly objectionId: string;
  readonly filedOn: string;
}

export interface ObjectionFilter {
  /** `open`: every status before a decision; or one status. */
  readonly status?: ObjectionStatus | 'open';
  readonly subject?: string;
  /** Only the cases of records this department recorded. */
  readonly sourceDepartment?: string;
}

/** Reads the objections read model. */
export class ObjectionsReader {
  constructor(private readonly db: DataSource) {}

  /** For each subject, its records now under objection, by the record's event id. */
  async openOf(subjects: readonly string[]): Promise<Map<string, Map<string, UnderObjection>>> {
    const found = new Map<string, Map<string, UnderObjection>>(subjects.map((s) => [s, new Map()]));
    if (subjects.length === 0) return found;
    const rows: { subject: string; event_id: string; objection_id: string; filed_on: string }[] = await this.db.query(
      `SELECT subject, event_id, objection_id, filed_on::text AS filed_on FROM objections WHERE open AND subject = ANY($1::text[])`,
      [subjects],
    );
    for (const row of rows) found.get(row.subject)?.set(row.event_id, { objectionId: row.objection_id, filedOn: row.filed_on });
    return found;
  }

  async get(objectionId: string): Promise<Objection | undefined> {
    const [row]: { objection: Objection }[] = await this.db.query(`SELECT objection FROM objections WHERE objection_id = $1`, [
      objectionId,
    ]);
    return row?.objection;
  }

  /** The cases matching the filter, oldest filing first, at most `limit`. */
  async list(filter: ObjectionFilter, limit: number): Promise<Objection[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.status === 'open') where.push('open');
    else if (filter.status) add((n) => `status = $${n}`, filter.status);
    if (filter.subject) add((n) => `subject = $${n}`, filter.subject);
    if (filter.sourceDepartment) add((n) => `source_department = $${n}`, filter.sourceDepartment);
    params.push(limit);
    const rows: { objection: Objection }[] = await this.db.query(
      `SELECT objection FROM objections ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY filed_on, objection_id LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => row.objection);
  }

  /** The cases filed from `from` to `to` (inclusive), for the statistics. */
  async filedBetween(from: string, to: string, sourceDepartment?: string): Promise<Objection[]> {
    const rows: { objection: Objection }[] = await this.db.query(
      `SELECT objection FROM objections WHERE filed_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR source_department = $3)
        ORDER BY filed_on, objection_id`,
      [from, to, sourceDepartment ?? null],
    );
    return rows.map((row) => row.objection);
  }
}
