import {
  DIRECTLY_RESPONSIBLE_FIELD,
  SUBJECT_DELISTED,
  SUBJECT_LISTED,
  subjectOfStream,
  type ListingEvent,
  type SubjectDelisted,
  type SubjectListed,
} from '#credit';
import type { RecordedEvent } from '#event-store';
import { flushAll, PendingInserts } from './pending-inserts.js';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'list_entries' | 'list_reach';

/**
 * Every subject's list entries with their validity (since, until, ended), as recorded by the listing
 * decisions; and the persons each listing reached as known when it was decided, by role (the audit record:
 * queries decide reach again from the roles' history, `personsReached`).
 */
export class ListingsProjection implements Projection<ListingEvent, Table> {
  readonly name = 'listings';
  readonly version = 3;
  readonly tables = ['list_entries', 'list_reach'] as const;

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.list_entries} (
         listing_event_id text PRIMARY KEY,
         subject text NOT NULL,
         list_type text NOT NULL,
         label text NOT NULL,
         color text NOT NULL,
         memorandum text NOT NULL,
         criterion text NOT NULL,
         regime jsonb,
         flags jsonb NOT NULL DEFAULT '[]',
         rule_set_id text NOT NULL,
         rule_set_version text NOT NULL,
         since date NOT NULL,
         until date,
         term_kind text NOT NULL,
         causes text[] NOT NULL,
         basis jsonb NOT NULL,
         listing_fact jsonb NOT NULL,
         department text,
         listed_at timestamptz NOT NULL,
         ended_on date,
         ended_reason text,
         ended_by text,
         ended_basis jsonb,
         delisting_event_id text,
         expiry_event_id text
       )`,
      `CREATE INDEX ON ${t.list_entries} (subject, since)`,
      // the persons a deciding fact names as directly responsible, found by containment (ListEntriesReader)
      `CREATE INDEX ON ${t.list_entries} USING gin ((listing_fact->'data'->'${DIRECTLY_RESPONSIBLE_FIELD}') jsonb_path_ops)`,
      `CREATE TABLE ${t.list_reach} (
         person text NOT NULL,
         listing_event_id text NOT NULL,
         role text NOT NULL,
         subject text NOT NULL,
         role_since date NOT NULL,
         PRIMARY KEY (person, listing_event_id, role)
       )`,
    ];
  }

  readonly canHandle = [SUBJECT_LISTED, SUBJECT_DELISTED];

  async apply(events: readonly RecordedEvent<ListingEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    const entries = new PendingInserts(db, t.list_entries, ENTRY_COLUMNS, 'ON CONFLICT (listing_event_id) DO NOTHING');
    const reach = new PendingInserts(db, t.list_reach, REACH_COLUMNS);
    for (const event of events) {
      const subject = subjectOfStream(event.stream);
      if (!subject) continue;
      if (event.type === SUBJECT_LISTED) listed(event, subject, entries, reach);
      else {
        await flushAll(entries, reach);
        await delisted(event, subject, db, t);
      }
    }
    await flushAll(entries, reach);
  }
}

const ENTRY_COLUMNS = {
  listing_event_id: 'text',
  subject: 'text',
  list_type: 'text',
  label: 'text',
  color: 'text',
  memorandum: 'text',
  criterion: 'text',
  regime: 'jsonb',
  flags: 'jsonb',
  rule_set_id: 'text',
  rule_set_version: 'text',
  since: 'date',
  until: 'date',
  term_kind: 'text',
  causes: 'text[]',
  basis: 'jsonb',
  listing_fact: 'jsonb',
  department: 'text',
  listed_at: 'timestamptz',
};
const REACH_COLUMNS = { person: 'text', listing_event_id: 'text', role: 'text', subject: 'text', role_since: 'date' };

function listed(
  event: RecordedEvent<SubjectListed>,
  subject: string,
  entries: PendingInserts<Record<keyof typeof ENTRY_COLUMNS, unknown>>,
  reach: PendingInserts<Record<keyof typeof REACH_COLUMNS, unknown>>,
): void {
  const d = event.data;
  entries.add({
    listing_event_id: event.id,
    subject,
    list_type: d.listType,
    label: d.label,
    color: d.color,
    memorandum: d.memorandum,
    criterion: d.criterion,
    regime: d.regime ?? null,
    flags: d.flags ?? [],
    rule_set_id: d.ruleSet.id,
    rule_set_version: d.ruleSet.version,
    since: d.since,
    until: d.until ?? null,
    term_kind: d.termKind,
    causes: d.causes,
    basis: d.basis,
    listing_fact: d.listingFact,
    department: event.metadata.department ?? null,
    listed_at: event.recordedAt,
  });
  for (const r of d.reaches) reach.add({ person: r.idNumber, listing_event_id: event.id, role: r.role, subject, role_since: r.since });
}

async function delisted(
  event: RecordedEvent<SubjectDelisted>,
  subject: string,
  db: ProjectionTransaction,
  t: ProjectionTables<Table>,
): Promise<void> {
  const d = event.data;
  if (d.void) {
    // Revoked void from the start (an upheld objection): the entry never applied, on any date. The log keeps it.
    const condition = `subject = $1 AND list_type = $2 AND causes[1] = $3`;
    await db.query(
      `DELETE FROM ${t.list_reach} WHERE listing_event_id IN (SELECT listing_event_id FROM ${t.list_entries} WHERE ${condition})`,
      [subject, d.listType, d.listingFactEventId],
    );
    await db.query(`DELETE FROM ${t.list_entries} WHERE ${condition}`, [subject, d.listType, d.listingFactEventId]);
    return;
  }
  if (d.reason === 'expired') {
    await db.query(`UPDATE ${t.list_entries} SET expiry_event_id = $3 WHERE subject = $1 AND listing_event_id = $2`, [
      subject,
      d.cause,
      event.id,
    ]);
    return;
  }
  await db.query(
    `UPDATE ${t.list_entries}
        SET ended_on = $4, ended_reason = $5, ended_by = $6, ended_basis = $7, delisting_event_id = $8
      WHERE subject = $1 AND list_type = $2 AND causes[1] = $3`,
    [subject, d.listType, d.listingFactEventId, d.on, d.reason, d.cause, JSON.stringify(d.basis), event.id],
  );
}
