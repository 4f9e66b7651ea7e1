import type { DataSource } from 'typeorm';
import type { LocalDate } from '#kernel';
import { DIRECTLY_RESPONSIBLE_FIELD, isRelationRole, type RoleHeld } from '#credit';
import type { FactRecord, ListEntry, OrganizationRecord } from '#rules';

/** A recorded list entry with the ids of the listing events behind it, for audit links. */
export type RecordedListEntry = ListEntry & {
  readonly ruleSetId: string;
  readonly listingEventId: string;
  readonly delistingEventId?: string;
  readonly department?: string;
};

interface EntryRow {
  listing_event_id: string;
  subject: string;
  list_type: string;
  label: string;
  color: 'red' | 'black';
  memorandum: string;
  criterion: string;
  regime: ListEntry['regime'] | null;
  flags: NonNullable<ListEntry['flags']>;
  rule_set_id: string;
  rule_set_version: string;
  since: string;
  until: string | null;
  term_kind: string;
  causes: string[];
  basis: ListEntry['basis'];
  listing_fact: FactRecord;
  department: string | null;
  ended_on: string | null;
  ended_reason: 'exit' | 'black-listing' | null;
  ended_by: string | null;
  ended_basis: ListEntry['basis'] | null;
  delisting_event_id: string | null;
}

const ENTRY_COLUMNS = `e.listing_event_id, e.subject, e.list_type, e.label, e.color, e.memorandum, e.criterion, e.regime, e.flags, e.rule_set_id, e.rule_set_version,
  e.since::text AS since, e.until::text AS until, e.term_kind, e.causes, e.basis, e.listing_fact, e.department,
  e.ended_on::text AS ended_on, e.ended_reason, e.ended_by, e.ended_basis, e.delisting_event_id`;

/** Reads the listings read model: subjects' own entries and the entries reaching persons through roles. */
export class ListEntriesReader {
  constructor(private readonly db: DataSource) {}

  /** Each subject's entries in the order they started. */
  async entriesOf(subjects: readonly string[]): Promise<Map<string, RecordedListEntry[]>> {
    if (subjects.length === 0) return new Map();
    const rows: EntryRow[] = await this.db.query(
      `SELECT ${ENTRY_COLUMNS} FROM list_entries e WHERE e.subject = ANY($1::text[]) ORDER BY e.subject, e.since, e.listed_at, e.listing_event_id`,
      [subjects],
    );
    const found = new Map<string, RecordedListEntry[]>(subjects.map((s) => [s, []]));
    for (const row of rows) found.get(row.subject)?.push(toEntry(row));
    return found;
  }

  /** Entries whose fixed term ended on or before `asOf` with no expiry recorded yet (and not ended earlier by a fact). */
  async expiredUnrecorded(asOf: LocalDate, limit: number): Promise<(RecordedListEntry & { subject: string })[]> {
    const rows: EntryRow[] = await this.db.query(
      `SELECT ${ENTRY_COLUMNS} FROM list_entries e
        WHERE e.until <= $1::date AND e.expiry_event_id IS NULL AND (e.ended_on IS NULL OR e.ended_on > e.until)
        ORDER BY e.until, e.listing_event_id LIMIT $2`,
      [asOf, limit],
    );
    return rows.map((row) => ({ ...toEntry(row), subject: row.subject }));
  }

  /**
   * For each person, the organisations whose entries may reach them, with the person's roles there: those they
   * ever held a role in (the relations model, by the dates of office), and those whose deciding facts name
   * them as directly responsible. Whether an entry reaches them is `personsReached`'s to decide.
   */
  async organizationsOf(persons: readonly string[]): Promise<Map<string, OrganizationRecord<RecordedListEntry>[]>> {
    const found = new Map<string, OrganizationRecord<RecordedListEntry>[]>(persons.map((p) => [p, []]));
    if (persons.length === 0) return found;
    const [roleRows, namedRows]: [RoleRow[], { person: string; subject: string }[]] = await Promise.all([
      this.db.query(
        `SELECT person, organization, role, from_date::text AS from_date, to_date::text AS to_date
           FROM relations WHERE person = ANY($1::text[]) ORDER BY person, organization, from_date, role`,
        [persons],
      ),
      this.db.query(
        `SELECT DISTINCT p.person, e.subject
           FROM unnest($1::text[]) AS p(person)
           JOIN list_entries e ON ${NAMED_PERSONS} @> jsonb_build_array(jsonb_build_object('person', jsonb_build_object('idNumber', p.person)))
          ORDER BY p.person, e.subject`,
        [persons],
      ),
    ]);
    const roles = new Map<string, Map<string, RoleHeld[]>>(persons.map((p) => [p, new Map()]));
    for (const row of roleRows) {
      if (!isRelationRole(row.role)) continue;
      const held = roles.get(row.person)!;
      const period: RoleHeld = {
        role: row.role,
        idNumber: row.person,
        from: row.from_date as LocalDate,
        until: (row.to_date ?? undefined) as LocalDate | undefined,
      };
      held.set(row.organization, [...(held.get(row.organization) ?? []), period]);
    }
    for (const { person, subject } of namedRows) if (!roles.get(person)!.has(subject)) roles.get(person)!.set(subject, []);
    const entries = await this.entriesOf([...new Set([...roles.values()].flatMap((held) => [...held.keys()]))]);
    for (const [person, held] of roles) {
      found.set(
        person,
        [...held].map(([subject, periods]) => ({ subject, entries: entries.get(subject) ?? [], roles: periods })),
      );
    }
    return found;
  }
}

/** The persons an entry's deciding fact names as directly responsible (indexed by the listings projection). */
const NAMED_PERSONS = `(e.listing_fact->'data'->'${DIRECTLY_RESPONSIBLE_FIELD}')`;

interface RoleRow {
  person: string;
  organization: string;
  role: string;
  from_date: string;
  to_date: string | null;
}

function toEntry(row: EntryRow): RecordedListEntry {
  return {
    listingEventId: row.listing_event_id,
    delistingEventId: row.delisting_event_id ?? undefined,
    department: row.department ?? undefined,
    listType: row.list_type,
    label: row.label,
    color: row.color,
    memorandum: row.memorandum,
    criterion: row.criterion,
    ...(row.regime ? { regime: row.regime } : {}),
    ...(row.flags.length > 0 ? { flags: row.flags } : {}),
    ruleSetId: row.rule_set_id,
    ruleSetVersion: row.rule_set_version,
    since: row.since as LocalDate,
    until: (row.until ?? undefined) as LocalDate | undefined,
    termKind: row.term_kind,
    causes: row.causes,
    basis: row.basis,
    listingFact: row.listing_fact,
    ended:
      row.ended_on && row.ended_reason && row.ended_by && row.ended_basis
        ? { on: row.ended_on as LocalDate, reason: row.ended_reason, eventId: row.ended_by, basis: row.ended_basis }
        : undefined,
  };
}
