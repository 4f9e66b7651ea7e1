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
  /**
   * True when the page reached the names merely holding the text (not starting with it) and at least `containsCap` do:
   * those are then ranked among the first `containsCap` the index gave, not among all (ask for more of the name).
   */
  readonly capped?: true;
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

export interface SubjectsReaderOptions {
  /** How many names merely holding the text are ranked at most (see `FoundSubjectPage.capped`). */
  readonly containsCap?: number;
}

/** More names than a person pages through; few enough that ranking them costs a few milliseconds. */
export const CONTAINS_CAP = 200;

const PERSON = 'natural-person';

type Tier = 0 | 1 | 2;

/** Where a match stands in the ranking: exact name, then prefix, then the shortest name holding the text, then code. */
interface Rank {
  readonly tier: Tier;
  readonly length: number;
  readonly code: string;
}

interface Row {
  code: string;
  kind: string;
  name: string;
  length: number;
}

const COLUMNS = 'code, kind, name, char_length(name) AS length';

interface ActivityRow {
  code: string;
  last_recorded_at: Date;
}

/**
 * Reads the subjects read model: a subject by its code, or organisations by part of their name (persons never
 * are found by name). A name search ranks the exact name first, then names starting with the text, then the
 * shortest names holding it (the one the text is most of: what trigram similarity ranks for a contained text),
 * then by code; pages go on from the last rank shown. The exact and prefix tiers are ranked over every name; the
 * names merely holding the text over a sample of `containsCap` of them when there are that many (a text such as
 * 有限公 is held by most names: ranking them all would cost every query a sort of the whole city).
 */
export class SubjectsReader {
  private readonly containsCap: number;

  constructor(
    private readonly db: DataSource,
    options: SubjectsReaderOptions = {},
  ) {
    this.containsCap = options.containsCap ?? CONTAINS_CAP;
  }

  async byCode(code: string, kinds?: readonly string[]): Promise<FoundSubject[]> {
    const params: unknown[] = [code];
    const kindIs = kinds ? ` AND kind = ANY($${params.push(kinds)})` : '';
    const rows: Omit<Row, 'length'>[] = await this.db.query(`SELECT code, kind, name FROM subjects WHERE code = $1${kindIs}`, params);
    return this.withActivity(rows);
  }

  async byName(search: NameSearch): Promise<FoundSubjectPage> {
    const after = search.cursor === undefined ? undefined : parseCursor(search.cursor);
    const wanted = search.limit + 1;
    const ranked: (Row & { tier: Tier })[] = [];
    let capped = false;
    // Tier by tier, best first, until the page and one more are found: a common prefix fills the page before the
    // names merely holding the text are looked at.
    for (const tier of [0, 1, 2] as const) {
      if (ranked.length >= wanted) break;
      if (after && tier < after.tier) continue;
      const from = after?.tier === tier ? after : undefined;
      const limit = wanted - ranked.length;
      if (tier < 2) {
        ranked.push(...(await this.starting(tier as 0 | 1, search, from, limit)).map((row) => ({ ...row, tier })));
        continue;
      }
      const holding = await this.holding(search, from, limit);
      ranked.push(...holding.rows.map((row) => ({ ...row, tier })));
      capped = holding.sampled >= this.containsCap;
    }
    const shown = ranked.slice(0, search.limit);
    const last = shown.at(-1);
    return {
      items: await this.withActivity(shown),
      ...(ranked.length > search.limit && last ? { next: formatCursor(last) } : {}),
      ...(capped ? { capped: true as const } : {}),
    };
  }

  /** Up to `limit` names equal to the text (tier 0) or starting with it (tier 1) ranked after `after`, over all names. */
  private starting(tier: 0 | 1, search: NameSearch, after: Rank | undefined, limit: number): Promise<Row[]> {
    const { params, where } = organisations(search);
    const exact = `$${params.push(search.text)}::text`;
    where.push(tier === 0 ? `name = ${exact}` : `name LIKE $${params.push(`${likeEscaped(search.text)}%`)} AND name <> ${exact}`);
    if (after) where.push(`(char_length(name), code) > ($${params.push(after.length)}::int, $${params.push(after.code)}::text)`);
    return this.db.query(`SELECT ${COLUMNS} FROM subjects WHERE ${where.join(' AND ')} ORDER BY 4, code LIMIT ${limit}`, params);
  }

  /**
   * Up to `limit` names holding the text but not starting with it, ranked after `after` within a sample: the first
   * `containsCap` of them the index gives, unordered (`sampled` says how many it gave). Every page of a search ranks
   * the same sample (while the names do not change), so paging stays consistent.
   */
  private async holding(search: NameSearch, after: Rank | undefined, limit: number): Promise<{ rows: Row[]; sampled: number }> {
    const { params, where } = organisations(search);
    // Trigrams serve 3 characters or more; 2 characters are looked up among each name's 2-character substrings.
    const text = search.text;
    where.push(
      Array.from(text).length === 2
        ? `name_bigrams @> ARRAY[$${params.push(text)}::text]`
        : `name LIKE $${params.push(`%${likeEscaped(text)}%`)}`,
    );
    where.push(`name NOT LIKE $${params.push(`${likeEscaped(text)}%`)}`);
    const rank = after ? `WHERE (length, code) > ($${params.push(after.length)}::int, $${params.push(after.code)}::text)` : '';
    const found: (Partial<Row> & { sampled: string })[] = await this.db.query(
      `WITH sample AS (SELECT ${COLUMNS} FROM subjects WHERE ${where.join(' AND ')} LIMIT ${this.containsCap})
       SELECT size.sampled, ranked.* FROM (SELECT count(*) AS sampled FROM sample) size
         LEFT JOIN LATERAL (SELECT * FROM sample ${rank} ORDER BY length, code LIMIT ${limit}) ranked ON true`,
      params,
    );
    return { rows: found.filter((row): row is Row & { sampled: string } => row.code !== null), sampled: Number(found[0].sampled) };
  }

  /** The found subjects with when a fact was last recorded about each, in the order given. */
  private async withActivity(rows: readonly Omit<Row, 'length'>[]): Promise<FoundSubject[]> {
    if (rows.length === 0) return [];
    const activity: ActivityRow[] = await this.db.query(`SELECT code, last_recorded_at FROM subject_activity WHERE code = ANY($1)`, [
      rows.map((row) => row.code),
    ]);
    const lastRecordedAt = new Map(activity.map((row) => [row.code, new Date(row.last_recorded_at).toISOString()]));
    return rows.map(({ code, kind, name }) => ({ code, kind, name, lastRecordedAt: lastRecordedAt.get(code) ?? '' }));
  }
}

/** Whether `cursor` is the `next` of a name search's page. */
export function isSubjectSearchCursor(cursor: string): boolean {
  return parseCursor(cursor) !== undefined;
}

/** The parameters and conditions every name search starts from: organisations, of the kinds asked. */
function organisations(search: NameSearch): { params: unknown[]; where: string[] } {
  const params: unknown[] = [];
  // The literal `kind <> 'natural-person'` is the name indexes' predicate: the planner uses them only when it is here.
  const where = [`kind <> '${PERSON}'`];
  if (search.kinds) where.push(`kind = ANY($${params.push(search.kinds)})`);
  return { params, where };
}

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function formatCursor(rank: Rank): string {
  return `${rank.tier}.${rank.length}.${rank.code}`;
}

function parseCursor(cursor: string): Rank | undefined {
  const match = /^([0-2])\.(\d{1,6})\.(\S{1,64})$/.exec(cursor);
  return match ? { tier: Number(match[1]) as Tier, length: Number(match[2]), code: match[3] } : undefined;
}
