import type { DataSource } from 'typeorm';

export interface FoundSubject {
  readonly code: string;
  readonly kind: string;
  readonly name: string;
  readonly lastRecordedAt: string;
}

export interface FoundSubjectPage {
  readonly items: readonly FoundSubject[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  readonly next?: string;
}

export interface NameSearch {
  /** At least 2 characters of the name, trimmed. */
  readonly text: string;
  /** Only these organisation kinds; absent: every organisation kind. */
  readonly kinds?: readonly string[];
  readonly limit: number;
  /** The `next` of an earlier page of the same search. */
  readonly cursor?: string;
}

const PERSON = 'natural-person';

/** Where a match stands in the ranking: exact name, then prefix, then the shortest name holding the text, then code. */
interface Rank {
  readonly tier: number;
  readonly length: number;
  readonly code: string;
}

interface Row {
  code: string;
  kind: string;
  name: string;
  last_recorded_at: Date;
  tier: number;
  length: number;
}

/**
 * Reads the subjects read model: a subject by its code, or organisations by part of their name (persons never
 * are found by name). A name search ranks the exact name first, then names starting with the text, then the
 * shortest names holding it (the one the text is most of: what trigram similarity ranks for a contained text),
 * then by code; pages go on from the last rank shown.
 */
export class SubjectsReader {
  constructor(private readonly db: DataSource) {}

  async byCode(code: string, kinds?: readonly string[]): Promise<FoundSubject[]> {
    const params: unknown[] = [code];
    const kindIs = kinds ? ` AND kind = ANY($${params.push(kinds)})` : '';
    const rows: Row[] = await this.db.query(`SELECT code, kind, name, last_recorded_at FROM subjects WHERE code = $1${kindIs}`, params);
    return rows.map(toFound);
  }

  async byName(search: NameSearch): Promise<FoundSubjectPage> {
    const text = search.text;
    const params: unknown[] = [text, `${likeEscaped(text)}%`];
    // The literal `kind <> 'natural-person'` is the name indexes' predicate: the planner uses them only when it is here.
    // Trigrams serve 3 characters or more; 2 characters are looked up among each name's 2-character substrings.
    const where = [
      `kind <> '${PERSON}'`,
      Array.from(text).length === 2 ? 'name_bigrams @> ARRAY[$1::text]' : `name LIKE $${params.push(`%${likeEscaped(text)}%`)}`,
    ];
    if (search.kinds) where.push(`kind = ANY($${params.push(search.kinds)})`);
    const after = search.cursor === undefined ? undefined : parseCursor(search.cursor);
    const afterRank = after
      ? `WHERE (tier, length, code) > ($${params.push(after.tier)}::int, $${params.push(after.length)}::int, $${params.push(after.code)}::text)`
      : '';
    const limit = params.push(search.limit + 1);
    const rows: Row[] = await this.db.query(
      `SELECT code, kind, name, last_recorded_at, tier, length FROM (
         SELECT code, kind, name, last_recorded_at,
                CASE WHEN name = $1 THEN 0 WHEN name LIKE $2 THEN 1 ELSE 2 END AS tier, char_length(name) AS length
           FROM subjects WHERE ${where.join(' AND ')}
       ) matches ${afterRank}
       ORDER BY tier, length, code LIMIT $${limit}`,
      params,
    );
    const shown = rows.slice(0, search.limit);
    const last = shown.at(-1);
    return { items: shown.map(toFound), next: rows.length > search.limit && last ? formatCursor(last) : undefined };
  }
}

/** Whether `cursor` is the `next` of a name search's page. */
export function isSubjectSearchCursor(cursor: string): boolean {
  return parseCursor(cursor) !== undefined;
}

function toFound(row: Row): FoundSubject {
  return { code: row.code, kind: row.kind, name: row.name, lastRecordedAt: new Date(row.last_recorded_at).toISOString() };
}

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function formatCursor(row: Row): string {
  return `${row.tier}.${row.length}.${row.code}`;
}

function parseCursor(cursor: string): Rank | undefined {
  const match = /^([0-2])\.(\d{1,6})\.(\S{1,64})$/.exec(cursor);
  return match ? { tier: Number(match[1]), length: Number(match[2]), code: match[3] } : undefined;
}
