import type { DataSource } from 'typeorm';

export interface Relation {
  readonly organization: string;
  readonly organizationName: string;
  readonly person: string;
  readonly personName: string;
  readonly role: string;
  readonly from: string;
  readonly to?: string;
  readonly appointedEventId: string;
  readonly endedEventId?: string;
}

/** Reads the relations read model: the roles a person holds, or the persons an organisation has. */
export class RelationsReader {
  constructor(private readonly db: DataSource) {}

  async of(code: string): Promise<Relation[]> {
    const rows: Record<string, string | null>[] = await this.db.query(
      `SELECT organization, organization_name, person, person_name, role, from_date::text AS from_date, to_date::text AS to_date,
              appointed_event_id, ended_event_id
         FROM relations WHERE organization = $1 OR person = $1 ORDER BY from_date, role, appointed_event_id`,
      [code],
    );
    return rows.map((r) => ({
      organization: r.organization!,
      organizationName: r.organization_name!,
      person: r.person!,
      personName: r.person_name!,
      role: r.role!,
      from: r.from_date!,
      to: r.to_date ?? undefined,
      appointedEventId: r.appointed_event_id!,
      endedEventId: r.ended_event_id ?? undefined,
    }));
  }
}
