import type { DataSource } from 'typeorm';
import { looksLikeResidentId, maskResidentId, type LocalDate } from '#kernel';
import { SqlConditions } from './sql-conditions.js';

/** One page of a public list: `page` is 1-based, `total` counts every record the filter matches today. */
export interface PublicPage<Item> {
  readonly items: readonly Item[];
  readonly page: number;
  readonly limit: number;
  readonly total: number;
}

export interface PublicPageQuery {
  readonly today: LocalDate;
  /** An organisation's name (partial) or a subject's full code (exact); persons are never matched by name. */
  readonly q?: string;
  readonly page: number;
  readonly limit: number;
}

/** The subject as the public sees it: a 身份证号 masked (first 6 and last 4). */
export interface PublicSubject {
  readonly code: string;
  readonly kind?: string;
  readonly name?: string;
}

/** A record on the public site with its publication window (`until` exclusive; absent: 长期). */
export interface PublicListedRecord {
  readonly kind: 'list-entry' | 'penalty' | 'licence' | 'inspection';
  readonly subject: PublicSubject;
  readonly title: string;
  readonly content: Readonly<Record<string, unknown>>;
  readonly window: { readonly from: string; readonly until?: string; readonly basis?: Readonly<Record<string, unknown>> };
}

/**
 * Reads the disclosure view across subjects, a page at a time: the records of one kind inside their window and not
 * withdrawn today, newest first. What is public, and for how long, the public-disclosure projection decided; the
 * subjects' names are the `subjects` read model's.
 */
export class PublicListingsReader {
  constructor(private readonly db: DataSource) {}

  /** 双公示: licences or penalties. */
  doublePublicity(kind: 'licence' | 'penalty', query: PublicPageQuery): Promise<PublicPage<PublicListedRecord>> {
    return this.page(query, (where) => where.add('r.kind = ?', kind));
  }

  /** 双随机、一公开 results. */
  inspections(query: PublicPageQuery): Promise<PublicPage<PublicListedRecord>> {
    return this.page(query, (where) => where.add(`r.kind = 'inspection'`));
  }

  /** Red- or black-list entries (and dishonesty information of a class 令第36号 publishes) in force today. */
  listEntries(color: 'red' | 'black', query: PublicPageQuery): Promise<PublicPage<PublicListedRecord>> {
    return this.page(query, (where) => where.add(`r.kind = 'list-entry'`).add(`r.content->>'color' = ?`, color));
  }

  private async page(query: PublicPageQuery, ofKind: (where: SqlConditions) => void): Promise<PublicPage<PublicListedRecord>> {
    const where = new SqlConditions();
    ofKind(where);
    where
      .add('r.published_from <= ?::date', query.today)
      .add('(r.published_until IS NULL OR r.published_until > ?::date)', query.today)
      .add('(r.withdrawn_on IS NULL OR r.withdrawn_on > ?::date)', query.today);
    if (query.q !== undefined) {
      const code = query.q.toUpperCase();
      where.add(`(r.subject = ? OR (s.kind <> 'natural-person' AND s.name ILIKE ? ESCAPE '\\'))`, code, `%${likeEscaped(query.q)}%`);
    }
    const from = `FROM public_records r LEFT JOIN subjects s ON s.code = r.subject ${where.where()}`;
    const [{ total }]: { total: string }[] = await this.db.query(`SELECT count(*) AS total ${from}`, where.params);
    const limit = where.param(query.limit);
    const offset = where.param((query.page - 1) * query.limit);
    const rows: Row[] = await this.db.query(
      `SELECT r.kind, r.subject, s.kind AS subject_kind, s.name AS subject_name, r.title, r.content,
              r.published_from::text AS published_from, r.published_until::text AS published_until, r.basis
         ${from}
        ORDER BY r.published_from DESC, r.record_id LIMIT ${limit} OFFSET ${offset}`,
      where.params,
    );
    return { items: rows.map(toRecord), page: query.page, limit: query.limit, total: Number(total) };
  }
}

interface Row {
  kind: PublicListedRecord['kind'];
  subject: string;
  subject_kind: string | null;
  subject_name: string | null;
  title: string;
  content: Record<string, unknown>;
  published_from: string;
  published_until: string | null;
  basis: Record<string, unknown> | null;
}

function toRecord(r: Row): PublicListedRecord {
  return {
    kind: r.kind,
    subject: {
      code: looksLikeResidentId(r.subject) ? maskResidentId(r.subject) : r.subject,
      ...(r.subject_kind && { kind: r.subject_kind }),
      ...(r.subject_name && { name: r.subject_name }),
    },
    title: r.title,
    content: r.content,
    window: { from: r.published_from, ...(r.published_until && { until: r.published_until }), ...(r.basis && { basis: r.basis }) },
  };
}

/** `q` as a LIKE pattern's literal part: its %, _ and \ match themselves. */
function likeEscaped(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}
