import type { DataSource } from 'typeorm';
import type { Caller } from '#credit';
import { looksLikeResidentId } from '#kernel';
import { SqlConditions } from '../queries/sql-conditions.js';

export interface PersonQuery {
  readonly id: string;
  readonly askedAt: string;
  readonly department: string;
  readonly keyId: string;
  readonly subject: string;
  readonly endpoint: string;
  readonly purpose?: string;
}

export interface PersonQueryFilter {
  readonly subject?: string;
  readonly department?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface PersonQueryPage {
  readonly queries: PersonQuery[];
  readonly next?: string;
}

/** Every query about a natural person, recorded before it is answered, and listed for the credit office. */
export class PersonQueryLog {
  constructor(private readonly db: DataSource) {}

  async record(caller: Caller, subjects: readonly string[], endpoint: string, purpose?: string): Promise<void> {
    const persons = [...new Set(subjects.filter((code) => looksLikeResidentId(code)))];
    if (persons.length === 0) return;
    await this.db.query(
      `INSERT INTO person_query_log (department, key_id, subject, endpoint, purpose)
       SELECT $1, $2, subject, $4, $5 FROM unnest($3::text[]) AS s(subject)`,
      [caller.department.id, caller.keyId, persons, endpoint, purpose?.slice(0, 500) ?? null],
    );
  }

  async page(filter: PersonQueryFilter, cursor: string | undefined, limit: number): Promise<PersonQueryPage> {
    const where = new SqlConditions();
    if (filter.subject) where.add('subject = ?', filter.subject);
    if (filter.department) where.add('department = ?', filter.department);
    if (filter.from) where.add(`asked_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, filter.from);
    if (filter.to) where.add(`asked_at < (?::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`, filter.to);
    if (cursor) where.add('id > ?::bigint', cursor);
    const limitParam = where.param(limit + 1);
    const rows: Record<string, string | Date | null>[] = await this.db.query(
      `SELECT id::text AS id_text, asked_at, department, key_id, subject, endpoint, purpose FROM person_query_log
        ${where.where()} ORDER BY person_query_log.id LIMIT ${limitParam}`,
      where.params,
    );
    const queries = rows.slice(0, limit).map((r) => ({
      id: String(r.id_text),
      askedAt: new Date(r.asked_at as Date).toISOString(),
      department: String(r.department),
      keyId: String(r.key_id),
      subject: String(r.subject),
      endpoint: String(r.endpoint),
      purpose: (r.purpose as string | null) ?? undefined,
    }));
    return { queries, next: rows.length > limit ? queries[queries.length - 1].id : undefined };
  }
}
