import { factEventType, subjectOfStream, type FactCatalogue, type FactEvent } from '#credit';
import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'subjects';

interface SubjectRow {
  code: string;
  kind: string;
  name: string;
  first_recorded_at: string;
  last_recorded_at: string;
  name_bigrams: string[] | null;
}

/**
 * One row per subject a fact was recorded about: its kind and the latest name a fact gave (`subject.name`), for
 * finding a subject by code or by part of an organisation's name. The name is indexed with trigrams (pg_trgm, GIN)
 * for organisations only: a person is never found by name. Trigrams cannot serve a 2-character text, so an
 * organisation's name also keeps its 2-character substrings (`name_bigrams`, GIN) for those.
 */
export class SubjectsProjection implements Projection<FactEvent, Table> {
  readonly name = 'subjects';
  readonly version = 1;
  readonly tables = ['subjects'] as const;
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
         first_recorded_at timestamptz NOT NULL,
         last_recorded_at timestamptz NOT NULL,
         name_bigrams text[]
       )`,
      `CREATE INDEX ON ${t.subjects} USING gin (name gin_trgm_ops) WHERE kind <> 'natural-person'`,
      `CREATE INDEX ON ${t.subjects} USING gin (name_bigrams) WHERE kind <> 'natural-person'`,
    ];
  }

  async apply(events: readonly RecordedEvent<FactEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    // A batch names a subject many times: one row each, as its last fact in log order left it.
    const rows = new Map<string, SubjectRow>();
    for (const event of events) {
      const code = subjectOfStream(event.stream);
      const subject = event.data.subject;
      if (!code || typeof subject?.name !== 'string' || typeof subject.kind !== 'string') continue;
      const at = event.recordedAt.toISOString();
      const seen = rows.get(code);
      rows.set(code, {
        code,
        kind: subject.kind,
        name: subject.name,
        first_recorded_at: seen?.first_recorded_at ?? at,
        last_recorded_at: at,
        name_bigrams: subject.kind === PERSON ? null : bigrams(subject.name),
      });
    }
    if (rows.size === 0) return;
    await db.query(
      `INSERT INTO ${t.subjects} AS s (code, kind, name, first_recorded_at, last_recorded_at, name_bigrams)
       SELECT code, kind, name, first_recorded_at, last_recorded_at, name_bigrams
         FROM jsonb_to_recordset($1::jsonb)
           AS r(code text, kind text, name text, first_recorded_at timestamptz, last_recorded_at timestamptz, name_bigrams text[])
       ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, name_bigrams = EXCLUDED.name_bigrams,
         first_recorded_at = LEAST(s.first_recorded_at, EXCLUDED.first_recorded_at),
         last_recorded_at = GREATEST(s.last_recorded_at, EXCLUDED.last_recorded_at)`,
      [JSON.stringify([...rows.values()])],
    );
  }
}

const PERSON = 'natural-person';

/** The distinct 2-character substrings of a name, by code point. */
export function bigrams(name: string): string[] {
  const characters = Array.from(name);
  return [...new Set(characters.slice(1).map((character, i) => characters[i] + character))];
}
