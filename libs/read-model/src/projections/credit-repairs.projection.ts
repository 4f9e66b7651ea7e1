import { subjectOfStream, type FactCatalogue, type FactEvent } from '#credit';
import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'credit_repairs';
type RepairEvent = FactEvent<'CreditRepairApplied' | 'CreditRepairDecided'>;

/**
 * Credit repair applications and their decisions (令第36号), one row per application: what the repair statistics
 * count, with the dates the review time limit is judged on (GET /v1/statistics/repairs).
 */
export class CreditRepairsProjection implements Projection<RepairEvent, Table> {
  readonly name = 'credit-repairs';
  readonly version = 1;
  readonly tables = ['credit_repairs'] as const;
  readonly canHandle: readonly RepairEvent['type'][];

  constructor(private readonly catalogue: FactCatalogue) {
    this.canHandle = ['CreditRepairApplied', 'CreditRepairDecided']
      .map((name) => catalogue.eventTypeOf(name))
      .filter((type) => type !== undefined) as RepairEvent['type'][];
  }

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.credit_repairs} (
         subject text NOT NULL,
         application_number text NOT NULL,
         application_event_id text NOT NULL,
         record_event_id text NOT NULL,
         applied_by text NOT NULL,
         applied_on date NOT NULL,
         commitment_made boolean NOT NULL,
         decided_by text,
         decided_on date,
         outcome text,
         reason text,
         decision_event_id text,
         PRIMARY KEY (subject, application_number)
       )`,
      `CREATE INDEX ON ${t.credit_repairs} (applied_on)`,
    ];
  }

  async apply(events: readonly RecordedEvent<RepairEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    for (const event of events) {
      const subject = subjectOfStream(event.stream);
      if (!subject) continue;
      const { fact, department } = event.data;
      if (this.catalogue.forEventType(event.type)?.type === 'CreditRepairApplied') {
        await db.query(
          `INSERT INTO ${t.credit_repairs}
             (subject, application_number, application_event_id, record_event_id, applied_by, applied_on, commitment_made)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (subject, application_number) DO NOTHING`,
          [subject, fact.applicationNumber, event.id, fact.recordEventId, department, fact.appliedOn, fact.commitmentMade === true],
        );
      } else {
        await db.query(
          `UPDATE ${t.credit_repairs} SET decided_by = $3, decided_on = $4, outcome = $5, reason = $6, decision_event_id = $7
            WHERE subject = $1 AND application_number = $2 AND decision_event_id IS NULL`,
          [subject, fact.applicationNumber, department, fact.decidedOn, fact.outcome, fact.reason, event.id],
        );
      }
    }
  }
}
