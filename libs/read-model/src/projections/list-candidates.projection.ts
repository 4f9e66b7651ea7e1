import {
  LISTING_CANDIDATE_CLEARED,
  LISTING_CANDIDATE_NOTED,
  subjectOfStream,
  type CandidateEvent,
  type ListingCandidateNoted,
} from '#credit';
import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'list_candidates';

/**
 * The subjects whose facts meet a criterion of a list that only a decision starts, until the decision is
 * recorded or the facts no longer qualify: the deciding department's work list (GET /v1/list-candidates).
 */
export class ListCandidatesProjection implements Projection<CandidateEvent, Table> {
  readonly name = 'list-candidates';
  readonly version = 1;
  readonly tables = ['list_candidates'] as const;

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.list_candidates} (
         subject text NOT NULL,
         list_type text NOT NULL,
         qualifying_event_id text NOT NULL,
         label text NOT NULL,
         color text NOT NULL,
         criterion text NOT NULL,
         regime jsonb,
         basis jsonb NOT NULL,
         qualifying_fact jsonb NOT NULL,
         department text,
         steps jsonb NOT NULL,
         rule_set jsonb NOT NULL,
         noted_event_id text NOT NULL,
         noted_at timestamptz NOT NULL,
         commit_position bigint NOT NULL,
         prepare_position bigint NOT NULL,
         PRIMARY KEY (subject, list_type, qualifying_event_id)
       )`,
      `CREATE INDEX ON ${t.list_candidates} (list_type, commit_position, prepare_position)`,
    ];
  }

  readonly canHandle = [LISTING_CANDIDATE_NOTED, LISTING_CANDIDATE_CLEARED];

  async apply(events: readonly RecordedEvent<CandidateEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    for (const event of events) {
      const subject = subjectOfStream(event.stream);
      if (!subject) continue;
      if (event.type === LISTING_CANDIDATE_NOTED) await noted(event, subject, db, t);
      else
        await db.query(`DELETE FROM ${t.list_candidates} WHERE subject = $1 AND list_type = $2 AND qualifying_event_id = $3`, [
          subject,
          event.data.listType,
          event.data.qualifyingFactEventId,
        ]);
    }
  }
}

async function noted(
  event: RecordedEvent<ListingCandidateNoted>,
  subject: string,
  db: ProjectionTransaction,
  t: ProjectionTables<Table>,
): Promise<void> {
  const d = event.data;
  await db.query(
    `INSERT INTO ${t.list_candidates}
       (subject, list_type, qualifying_event_id, label, color, criterion, regime, basis, qualifying_fact, department, steps, rule_set,
        noted_event_id, noted_at, commit_position, prepare_position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (subject, list_type, qualifying_event_id) DO UPDATE
       SET criterion = EXCLUDED.criterion, regime = EXCLUDED.regime, basis = EXCLUDED.basis, steps = EXCLUDED.steps,
           rule_set = EXCLUDED.rule_set, noted_event_id = EXCLUDED.noted_event_id`,
    [
      subject,
      d.listType,
      d.qualifyingFact.eventId,
      d.label,
      d.color,
      d.criterion,
      d.regime ? JSON.stringify(d.regime) : null,
      JSON.stringify(d.basis),
      JSON.stringify(d.qualifyingFact),
      d.qualifyingFact.department ?? null,
      JSON.stringify(d.steps),
      JSON.stringify(d.ruleSet),
      event.id,
      event.recordedAt,
      String(event.position.commit),
      String(event.position.prepare),
    ],
  );
}
