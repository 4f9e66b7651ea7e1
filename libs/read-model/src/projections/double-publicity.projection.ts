import { factEventType, publicationDecidedOn, subjectOfStream, type FactCatalogue, type FactEvent } from '#credit';
import type { RecordedEvent } from '#event-store';
import { isValidLocalDate, todayInShanghai } from '#kernel';
import { PendingInserts } from './pending-inserts.js';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'double_publicity';

const DECISION_COLUMNS = {
  event_id: 'text',
  subject: 'text',
  department: 'text',
  fact_type: 'text',
  decided_on: 'date',
  recorded_on: 'date',
} as const;

/**
 * The 双公示 decisions (the catalogue's facts with a publication deadline: licences, penalties, 双随机 results): who
 * recorded each, the decision date and the day it reached the platform. Whether it was in time is counted when asked,
 * on the calendar as it is then (publicationTimeLimit), so a newly published year's holidays need no rebuild.
 */
export class DoublePublicityProjection implements Projection<FactEvent, Table> {
  readonly name = 'double-publicity';
  readonly version = 1;
  readonly tables = ['double_publicity'] as const;
  readonly canHandle: readonly FactEvent['type'][];

  constructor(private readonly catalogue: FactCatalogue) {
    this.canHandle = catalogue.definitions.filter((d) => d.publicationDeadline).map(factEventType);
  }

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.double_publicity} (
         event_id text PRIMARY KEY,
         subject text NOT NULL,
         department text NOT NULL,
         fact_type text NOT NULL,
         decided_on date NOT NULL,
         recorded_on date NOT NULL
       )`,
      `CREATE INDEX ON ${t.double_publicity} (decided_on, department)`,
    ];
  }

  async apply(events: readonly RecordedEvent<FactEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    const decisions = new PendingInserts<Record<keyof typeof DECISION_COLUMNS, unknown>>(
      db,
      t.double_publicity,
      DECISION_COLUMNS,
      'ON CONFLICT (event_id) DO NOTHING',
    );
    for (const event of events) {
      const subject = subjectOfStream(event.stream);
      const definition = this.catalogue.forEventType(event.type);
      const decidedOn = definition && publicationDecidedOn(definition, event.data.fact);
      // A decision date that is not a date (never through POST /v1/facts) cannot be counted; the disclosure view parks it.
      if (!subject || !definition || !decidedOn || !isValidLocalDate(decidedOn)) continue;
      decisions.add({
        event_id: event.id,
        subject,
        department: event.data.department ?? event.metadata.department,
        fact_type: definition.type,
        decided_on: decidedOn,
        recorded_on: recordedOn(event),
      });
    }
    await decisions.flush();
  }
}

/** The recorder's day as it kept it on the event; for events recorded before it did, the store's time in Asia/Shanghai. */
function recordedOn(event: RecordedEvent<FactEvent>): string {
  const kept = event.metadata.recordedOn;
  return typeof kept === 'string' && isValidLocalDate(kept) ? kept : todayInShanghai(event.recordedAt);
}
