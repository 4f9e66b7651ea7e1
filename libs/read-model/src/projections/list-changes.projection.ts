import { SUBJECT_DELISTED, SUBJECT_LISTED, subjectOfStream, type ListingEvent } from '#credit';
import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'list_changes';

/** The credit office's audit log: every list change, who recorded it, when, why and under which rule-set version. */
export class ListChangesProjection implements Projection<ListingEvent, Table> {
  readonly name = 'list-changes';
  readonly version = 1;
  readonly tables = ['list_changes'] as const;

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.list_changes} (
         commit_position bigint NOT NULL,
         prepare_position bigint NOT NULL,
         event_id text NOT NULL UNIQUE,
         recorded_at timestamptz NOT NULL,
         subject text NOT NULL,
         change text NOT NULL,
         list_type text NOT NULL,
         color text,
         effective_on date NOT NULL,
         until date,
         reason text,
         causes text[] NOT NULL,
         listing_fact_event_id text NOT NULL,
         criterion text,
         basis jsonb NOT NULL,
         rule_set_id text NOT NULL,
         rule_set_version text NOT NULL,
         department text,
         actor text,
         correlation_id text,
         PRIMARY KEY (commit_position, prepare_position)
       )`,
      `CREATE INDEX ON ${t.list_changes} (recorded_at)`,
      `CREATE INDEX ON ${t.list_changes} (subject)`,
    ];
  }

  readonly canHandle = [SUBJECT_LISTED, SUBJECT_DELISTED];

  async apply(events: readonly RecordedEvent<ListingEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    const rows = events.flatMap((event) => {
      const subject = subjectOfStream(event.stream);
      return subject ? [changeRow(event, subject)] : [];
    });
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]) as (keyof ChangeRow)[];
    await db.query(
      `INSERT INTO ${t.list_changes} (${columns.join(', ')})
       SELECT ${columns.map((c) => (c === 'causes' ? 'causes::text[]' : c)).join(', ')}
         FROM unnest(${columns.map((c, i) => `$${i + 1}::${COLUMN_TYPES[c]}[]`).join(', ')}) AS u(${columns.join(', ')})
       ON CONFLICT DO NOTHING`,
      columns.map((c) => rows.map((row) => row[c])),
    );
  }
}

interface ChangeRow {
  commit_position: string;
  prepare_position: string;
  event_id: string;
  recorded_at: Date;
  subject: string;
  change: 'listed' | 'delisted';
  list_type: string;
  color: string | null;
  effective_on: string;
  until: string | null;
  reason: string | null;
  causes: string;
  listing_fact_event_id: string;
  criterion: string | null;
  basis: string;
  rule_set_id: string;
  rule_set_version: string;
  department: string | null;
  actor: string | null;
  correlation_id: string | null;
}

const COLUMN_TYPES: Record<keyof ChangeRow, string> = {
  commit_position: 'bigint',
  prepare_position: 'bigint',
  event_id: 'text',
  recorded_at: 'timestamptz',
  subject: 'text',
  change: 'text',
  list_type: 'text',
  color: 'text',
  effective_on: 'date',
  until: 'date',
  reason: 'text',
  // A text[] column cannot be unnested from a 2-D array: each row's causes travel as a Postgres array literal.
  causes: 'text',
  listing_fact_event_id: 'text',
  criterion: 'text',
  basis: 'jsonb',
  rule_set_id: 'text',
  rule_set_version: 'text',
  department: 'text',
  actor: 'text',
  correlation_id: 'text',
};

function changeRow(event: RecordedEvent<ListingEvent>, subject: string): ChangeRow {
  const common = {
    commit_position: String(event.position.commit),
    prepare_position: String(event.position.prepare),
    event_id: event.id,
    recorded_at: event.recordedAt,
    subject,
    department: event.metadata.department ?? null,
    actor: event.metadata.actor ?? null,
    correlation_id: event.metadata.correlationId ?? null,
  };
  if (event.type === SUBJECT_LISTED) {
    const d = event.data;
    return {
      ...common,
      change: 'listed',
      list_type: d.listType,
      color: d.color,
      effective_on: d.since,
      until: d.until ?? null,
      reason: null,
      causes: arrayLiteral(d.causes),
      listing_fact_event_id: d.causes[0],
      criterion: d.criterion,
      basis: JSON.stringify(d.basis),
      rule_set_id: d.ruleSet.id,
      rule_set_version: d.ruleSet.version,
    };
  }
  const d = event.data;
  return {
    ...common,
    change: 'delisted',
    list_type: d.listType,
    color: null,
    effective_on: d.on,
    until: null,
    reason: d.reason,
    causes: arrayLiteral([d.cause]),
    listing_fact_event_id: d.listingFactEventId,
    criterion: null,
    basis: JSON.stringify(d.basis),
    rule_set_id: d.ruleSet.id,
    rule_set_version: d.ruleSet.version,
  };
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
