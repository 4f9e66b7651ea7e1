import { subjectOfStream, type FactCatalogue, type FactEvent } from '#credit';
import type { RecordedEvent } from '#event-store';
import { PendingInserts } from './pending-inserts.js';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'relations';

interface RoleFact {
  readonly role: string;
  readonly person: { readonly idNumber: string; readonly name: string };
  readonly from?: string;
  readonly to?: string;
}

type RoleEvent = FactEvent<'RoleAppointed' | 'RoleEnded', RoleFact>;

/** Who holds which role in which organisation, from when to when (person ↔ enterprise). */
export class RelationsProjection implements Projection<RoleEvent, Table> {
  readonly name = 'relations';
  readonly version = 1;
  readonly tables = ['relations'] as const;

  private readonly appointed: RoleEvent['type'] | undefined;
  readonly canHandle: readonly RoleEvent['type'][];

  constructor(catalogue: FactCatalogue) {
    this.appointed = catalogue.eventTypeOf('RoleAppointed');
    this.canHandle = [this.appointed, catalogue.eventTypeOf('RoleEnded')].filter((type) => type !== undefined);
  }

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.relations} (
         appointed_event_id text PRIMARY KEY,
         organization text NOT NULL,
         organization_name text NOT NULL,
         person text NOT NULL,
         person_name text NOT NULL,
         role text NOT NULL,
         from_date date NOT NULL,
         to_date date,
         ended_event_id text
       )`,
      `CREATE INDEX ON ${t.relations} (organization)`,
      `CREATE INDEX ON ${t.relations} (person)`,
    ];
  }

  async apply(events: readonly RecordedEvent<RoleEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    const appointed = new PendingInserts(db, t.relations, RELATION_COLUMNS);
    for (const event of events) {
      const organization = subjectOfStream(event.stream);
      if (!organization) continue;
      const { data } = event;
      const { fact } = data;
      if (event.type === this.appointed) {
        appointed.add({
          appointed_event_id: event.id,
          organization,
          organization_name: data.subject.name,
          person: fact.person.idNumber,
          person_name: fact.person.name,
          role: fact.role,
          from_date: fact.from,
        });
      } else {
        await appointed.flush();
        await db.query(
          `UPDATE ${t.relations} SET to_date = $4, ended_event_id = $5
            WHERE organization = $1 AND person = $2 AND role = $3 AND to_date IS NULL`,
          [organization, fact.person.idNumber, fact.role, fact.to, event.id],
        );
      }
    }
    await appointed.flush();
  }
}

const RELATION_COLUMNS = {
  appointed_event_id: 'text',
  organization: 'text',
  organization_name: 'text',
  person: 'text',
  person_name: 'text',
  role: 'text',
  from_date: 'date',
};
