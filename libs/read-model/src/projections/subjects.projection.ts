import { factEventType, subjectOfStream, type FactCatalogue, type FactEvent } from '#credit';
import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'subjects' | 'subject_activity';

interface SubjectRow {
  code: string;
  kind: string;
  name: string;
  name_bigrams: string[] | null;
}

interface ActivityRow {
  code: string;
  first_recorded_at: string;
  last_recorded_at: string;
}

/**
 * One row per subject a fact was recorded about: its kind and the latest name a fact gave (`subject.name`), for
 * finding a subject by code or by part of an organisation's name. The name is indexed with trigrams (pg_trgm, GIN)
 * for organisations only: a person is never found by name. Trigrams cannot serve a 2-character text, so an
 * organisation's name also keeps its 2-character substrings (`name_bigrams`, GIN) for those. When facts were
 * recorded about a subject is kept apart (`subject_activity`): every fact moves it, and a name row rewritten on
 * every fact would leave the name indexes a dead entry per fact.
 */
export class SubjectsProjection implements Projection<FactEvent, Table> {
  readonly name = 'subjects';
  readonly version = 2;
  readonly tables = ['subjects', 'subject_activity'] as const;
  readonly canHandle: readonly FactEvent['type'][];

  constructor(catalogue: FactCatalogue) {
    this.canHandle = catalogue.definitions.map(factEventType);
  }

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.subjects} (
         code text PRIMARY KEY,
         kind text NOT NULL,
         name text NOT NULL,
         name_bigrams text[]
       )`,
      `CREATE INDEX ON ${t.subjects} USING gin (name gin_trgm_ops) WHERE kind <> 'natural-person'`,
      `CREATE INDEX ON ${t.subjects} USING gin (name_bigrams) WHERE kind <> 'natural-person'`,
      // The exact name and a prefix (a range of this index, whatever the database's collation).
      `CREATE INDEX ON ${t.subjects} (name text_pattern_ops) WHERE kind <> 'natural-person'`,
      // For a prefix most names have (北京): walking names shortest first finds a page at once, where the prefix
      // range would hand over most organisations to sort.
      `CREATE INDEX ON ${t.subjects} (char_length(name), code) WHERE kind <> 'natural-person'`,
      `CREATE TABLE ${t.subject_activity} (
         code text PRIMARY KEY,
         first_recorded_at timestamptz NOT NULL,
         last_recorded_at timestamptz NOT NULL
       )`,
    ];
  }

  async apply(events: readonly RecordedEvent<FactEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    // A batch names a subject many times: one row each, as its last fact in log order left it.
    const rows = new Map<string, SubjectRow>();
    const activity = new Map<string, ActivityRow>();
    for (const event of events) {
      const code = subjectOfStream(event.stream);
      const subject = event.data.subject;
      if (!code || typeof subject?.name !== 'string' || typeof subject.kind !== 'string') continue;
      const at = event.recordedAt.toISOString();
      rows.set(code, {
        code,
        kind: subject.kind,
        name: subject.name,
        name_bigrams: subject.kind === PERSON ? null : bigrams(subject.name),
      });
      activity.set(code, { code, first_recorded_at: activity.get(code)?.first_recorded_at ?? at, last_recorded_at: at });
    }
    if (rows.size === 0) return;
    // A row is rewritten only when its name or kind changed: most facts repeat the name.
    await db.query(
      `INSERT INTO ${t.subjects} AS s (code, kind, name, name_bigrams)
       SELECT code, kind, name, name_bigrams FROM jsonb_to_recordset($1::jsonb) AS r(code text, kind text, name text, name_bigrams text[])
       ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, name_bigrams = EXCLUDED.name_bigrams
         WHERE (s.kind, s.name) IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.name)`,
      [JSON.stringify([...rows.values()])],
    );
    await db.query(
      `INSERT INTO ${t.subject_activity} AS a (code, first_recorded_at, last_recorded_at)
       SELECT code, first_recorded_at, last_recorded_at
         FROM jsonb_to_recordset($1::jsonb) AS r(code text, first_recorded_at timestamptz, last_recorded_at timestamptz)
       ON CONFLICT (code) DO UPDATE SET first_recorded_at = LEAST(a.first_recorded_at, EXCLUDED.first_recorded_at),
         last_recorded_at = GREATEST(a.last_recorded_at, EXCLUDED.last_recorded_at)`,
      [JSON.stringify([...activity.values()])],
    );
  }
}

const PERSON = 'natural-person';

/** The distinct 2-character substrings of a name, by code point. */
export function bigrams(name: string): string[] {
  const characters = Array.from(name);
  return [...new Set(characters.slice(1).map((character, i) => characters[i] + character))];
}
