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
  readonly tier: 0 | 1 | 2;
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
    const params: unknown[] = [text];
    const after = search.cursor === undefined ? undefined : parseCursor(search.cursor);
    const limit = search.limit + 1;
    // The literal `kind <> 'natural-person'` is the name indexes' predicate: the planner uses them only when it is here.
    // Trigrams serve 3 characters or more; 2 characters are looked up among each name's 2-character substrings.
    const common = [`kind <> '${PERSON}'`];
    if (search.kinds) common.push(`kind = ANY($${params.push(search.kinds)})`);
    const holds = Array.from(text).length === 2 ? 'name_bigrams @> ARRAY[$1::text]' : `name LIKE $${params.push(`%${likeEscaped(text)}%`)}`;
    const prefix = `$${params.push(`${likeEscaped(text)}%`)}`;
    const tiers: Record<Rank['tier'], string> = {
      0: 'name = $1',
      1: `name LIKE ${prefix} AND name <> $1`,
      2: `${holds} AND name NOT LIKE ${prefix}`,
    };
    // One branch per tier, each ordered by length and code with its own limit: the planner can then walk the
    // (length, code) index for a common text, or the text index for a rare one, instead of sorting every match.
    const branches = ([0, 1, 2] as const)
      .filter((tier) => !after || tier >= after.tier)
      .map((tier) => {
        const where = [...common, tiers[tier]];
        if (after && tier === after.tier)
          where.push(`(char_length(name), code) > ($${params.push(after.length)}::int, $${params.push(after.code)}::text)`);
        return `(SELECT code, kind, name, last_recorded_at, ${tier} AS tier, char_length(name) AS length
                   FROM subjects WHERE ${where.join(' AND ')}
                  ORDER BY char_length(name), code LIMIT ${limit})`;
      });
    const rows: Row[] = await this.db.query(
      `SELECT * FROM (${branches.join(' UNION ALL ')}) matches ORDER BY tier, length, code LIMIT ${limit}`,
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
  return match ? { tier: Number(match[1]) as Rank['tier'], length: Number(match[2]), code: match[3] } : undefined;
}
