import { SUBJECT_DELISTED, SUBJECT_LISTED, subjectOfStream, type SubjectDelistedData, type SubjectListedData } from '#credit';
import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'list_entries' | 'list_reach';

/**
 * Every subject's list entries with their validity (since, until, ended), as recorded by the listing
 * decisions; and the persons each black listing reaches, by role (who is reached, through what).
 */
export class ListingsProjection implements Projection<Table> {
  readonly name = 'listings';
  readonly version = 1;
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

  handles(eventType: string): boolean {
    return eventType === SUBJECT_LISTED || eventType === SUBJECT_DELISTED;
  }

  async apply(events: readonly RecordedEvent[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    for (const event of events) {
      const subject = subjectOfStream(event.stream);
      if (!subject) continue;
      if (event.type === SUBJECT_LISTED) await listed(event, subject, db, t);
      else if (event.type === SUBJECT_DELISTED) await delisted(event, subject, db, t);
    }
  }
}

async function listed(event: RecordedEvent, subject: string, db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
  const d = event.data as unknown as SubjectListedData;
  const listingFact = d.listingFact ?? { eventId: d.causes[0], type: 'unknown', data: {} };
  await db.query(
    `INSERT INTO ${t.list_entries}
       (listing_event_id, subject, list_type, label, color, memorandum, criterion, rule_set_id, rule_set_version,
        since, until, term_kind, causes, basis, listing_fact, department, listed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (listing_event_id) DO NOTHING`,
    [
      event.id,
      subject,
      d.listType,
      d.label,
      d.color,
      d.memorandum,
      d.criterion,
      d.ruleSet.id,
      d.ruleSet.version,
      d.since,
      d.until ?? null,
      d.termKind,
      d.causes,
      JSON.stringify(d.basis),
      JSON.stringify(listingFact),
      event.metadata.department ?? null,
      event.recordedAt,
    ],
  );
  if (d.reaches.length === 0) return;
  await db.query(
    `INSERT INTO ${t.list_reach} (person, listing_event_id, role, subject, role_since)
     SELECT person, $2, role, $3, role_since FROM unnest($1::text[], $4::text[], $5::date[]) AS r(person, role, role_since)
     ON CONFLICT DO NOTHING`,
    [d.reaches.map((r) => r.idNumber), event.id, subject, d.reaches.map((r) => r.role), d.reaches.map((r) => r.since)],
  );
}

async function delisted(event: RecordedEvent, subject: string, db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
  const d = event.data as unknown as SubjectDelistedData;
  if (d.reason === 'expired') {
    await db.query(`UPDATE ${t.list_entries} SET expiry_event_id = $3 WHERE subject = $1 AND listing_event_id = $2`, [subject, d.cause, event.id]);
    return;
  }
  await db.query(
    `UPDATE ${t.list_entries}
        SET ended_on = $4, ended_reason = $5, ended_by = $6, ended_basis = $7, delisting_event_id = $8
      WHERE subject = $1 AND list_type = $2 AND causes[1] = $3`,
    [subject, d.listType, d.listingFactEventId, d.on, d.reason, d.cause, JSON.stringify(d.basis), event.id],
  );
}
