import { CHECK_PERFORMED, FEEDBACK_RECORDED, FEEDBACK_REVOKED, performedOn, type CheckEvent } from '#credit';
import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'feedback_checks' | 'feedback_records';

/**
 * Checks of record and the feedback on them, for the feedback rate of the quarterly assessment
 * (GET /v1/statistics/feedback): per check, the checking department, the day and the measures answered; per
 * feedback, each measure applied or not, and whether it was revoked.
 */
export class FeedbackProjection implements Projection<CheckEvent, Table> {
  readonly name = 'feedback';
  readonly version = 1;
  readonly tables = ['feedback_checks', 'feedback_records'] as const;

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.feedback_checks} (
         check_id text PRIMARY KEY,
         department text NOT NULL,
         performed_on date NOT NULL,
         measures text[] NOT NULL
       )`,
      `CREATE INDEX ON ${t.feedback_checks} (performed_on, department)`,
      `CREATE TABLE ${t.feedback_records} (
         feedback_id text PRIMARY KEY,
         check_id text NOT NULL,
         subject text NOT NULL,
         decided_on date NOT NULL,
         measures jsonb NOT NULL,
         revoked_at timestamptz
       )`,
      `CREATE INDEX ON ${t.feedback_records} (check_id)`,
    ];
  }

  readonly canHandle = [CHECK_PERFORMED, FEEDBACK_RECORDED, FEEDBACK_REVOKED];

  async apply(events: readonly RecordedEvent<CheckEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    for (const event of events) {
      switch (event.type) {
        case CHECK_PERFORMED: {
          const d = event.data;
          const measures = [...new Set(d.answered.flatMap((a) => a.measures.map((m) => m.measureId)))];
          await db.query(
            `INSERT INTO ${t.feedback_checks} (check_id, department, performed_on, measures) VALUES ($1, $2, $3, $4)
             ON CONFLICT (check_id) DO NOTHING`,
            [d.checkId, d.department, performedOn(d), measures],
          );
          break;
        }
        case FEEDBACK_RECORDED: {
          const d = event.data;
          await db.query(
            `INSERT INTO ${t.feedback_records} (feedback_id, check_id, subject, decided_on, measures) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (feedback_id) DO NOTHING`,
            [
              d.feedbackId,
              d.checkId,
              d.subject,
              d.decidedOn,
              JSON.stringify(d.measures.map(({ measureId, applied }) => ({ measureId, applied }))),
            ],
          );
          break;
        }
        case FEEDBACK_REVOKED:
          await db.query(`UPDATE ${t.feedback_records} SET revoked_at = $2 WHERE feedback_id = $1`, [
            event.data.feedbackId,
            event.data.revokedAt,
          ]);
          break;
      }
    }
  }
}
