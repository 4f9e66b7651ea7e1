import { evolveObjection, OBJECTION_EVENT_TYPES, OBJECTION_FILED, objectionOfStream, type Objection, type ObjectionEvent } from '#credit';
import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'objections';

/**
 * Every objection case as its stream has it (the folded case, `evolveObjection`), with the columns its readers filter
 * on: the record under objection, the source department, the status and the days. Open cases flag their record.
 */
export class ObjectionsProjection implements Projection<ObjectionEvent, Table> {
  readonly name = 'objections';
  readonly version = 1;
  readonly tables = ['objections'] as const;
  readonly canHandle = OBJECTION_EVENT_TYPES;

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.objections} (
         objection_id text PRIMARY KEY,
         subject text NOT NULL,
         event_id text NOT NULL,
         source_department text NOT NULL,
         status text NOT NULL,
         open boolean NOT NULL,
         filed_on date NOT NULL,
         decided_on date,
         outcome text,
         objection jsonb NOT NULL
       )`,
      `CREATE INDEX ON ${t.objections} (subject) WHERE open`,
      `CREATE INDEX ON ${t.objections} (filed_on)`,
    ];
  }

  async apply(events: readonly RecordedEvent<ObjectionEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    // Cases are few and each event changes one: read, evolve, write.
    for (const event of events) {
      const id = objectionOfStream(event.stream);
      if (!id) continue;
      const [row] =
        event.type === OBJECTION_FILED
          ? []
          : await db.query<{ objection: Objection }>(`SELECT objection FROM ${t.objections} WHERE objection_id = $1`, [id]);
      const next = evolveObjection(row?.objection, event);
      if (!next || next === row?.objection) continue;
      const open = next.status !== 'decided' && next.status !== 'not-accepted';
      await db.query(
        `INSERT INTO ${t.objections} (objection_id, subject, event_id, source_department, status, open, filed_on, decided_on, outcome, objection)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (objection_id) DO UPDATE SET status = $5, open = $6, decided_on = $8, outcome = $9, objection = $10`,
        [
          id,
          next.record.subject.code,
          next.record.eventId,
          next.record.department,
          next.status,
          open,
          next.filedOn,
          next.decision?.on ?? next.notAccepted?.on ?? null,
          next.decision?.outcome ?? (next.notAccepted ? 'not-accepted' : null),
          JSON.stringify(next),
        ],
      );
    }
  }
}
