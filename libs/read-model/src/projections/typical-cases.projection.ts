import { TYPICAL_CASE_SUBMITTED, TYPICAL_CASE_WITHDRAWN, type TypicalCaseEvent } from '#credit';
import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'typical_cases';

/** The typical cases (典型案例) departments sent the credit office, withdrawn ones marked: GET /v1/typical-cases and the quarterly counts. */
export class TypicalCasesProjection implements Projection<TypicalCaseEvent, Table> {
  readonly name = 'typical-cases';
  readonly version = 1;
  readonly tables = ['typical_cases'] as const;

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.typical_cases} (
         case_id text PRIMARY KEY,
         department text NOT NULL,
         kind text NOT NULL,
         title text NOT NULL,
         summary text NOT NULL,
         subjects jsonb NOT NULL,
         measures jsonb NOT NULL,
         document_numbers jsonb NOT NULL,
         occurred_on date NOT NULL,
         submitted_on date NOT NULL,
         withdrawn_on date,
         withdrawn_by text,
         withdrawn_reason text,
         commit_position bigint NOT NULL,
         prepare_position bigint NOT NULL
       )`,
      `CREATE INDEX ON ${t.typical_cases} (submitted_on, department)`,
      `CREATE INDEX ON ${t.typical_cases} (commit_position, prepare_position)`,
    ];
  }

  readonly canHandle = [TYPICAL_CASE_SUBMITTED, TYPICAL_CASE_WITHDRAWN];

  async apply(events: readonly RecordedEvent<TypicalCaseEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    for (const event of events) {
      if (event.type === TYPICAL_CASE_SUBMITTED) {
        const d = event.data;
        await db.query(
          `INSERT INTO ${t.typical_cases}
             (case_id, department, kind, title, summary, subjects, measures, document_numbers, occurred_on, submitted_on,
              commit_position, prepare_position)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (case_id) DO NOTHING`,
          [
            d.caseId,
            d.department,
            d.kind,
            d.title,
            d.summary,
            JSON.stringify(d.subjects),
            JSON.stringify(d.measures),
            JSON.stringify(d.documentNumbers),
            d.occurredOn,
            d.submittedOn,
            String(event.position.commit),
            String(event.position.prepare),
          ],
        );
      } else {
        await db.query(`UPDATE ${t.typical_cases} SET withdrawn_on = $2, withdrawn_by = $3, withdrawn_reason = $4 WHERE case_id = $1`, [
          event.data.caseId,
          event.data.withdrawnOn,
          event.data.department,
          event.data.reason,
        ]);
      }
    }
  }
}
