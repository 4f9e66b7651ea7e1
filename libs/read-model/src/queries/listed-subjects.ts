import type { DataSource } from 'typeorm';
import {
  DIRECTLY_RESPONSIBLE_FIELD,
  directlyResponsibleIn,
  FactCatalogue,
  factEventType,
  SUBJECT_LISTED,
  subjectOfStream,
  type SubjectListed,
  type SubjectListedData,
} from '#credit';
import { AppendSignal, comparePositions, LOG_START, ofTypes, type EventStore, type GlobalPosition } from '#event-store';
import type { Event } from '#kernel';

/**
 * Every subject that has ever had a list entry, and every person a listing may reach (whoever ever held a
 * role in an organisation, or was named directly responsible in a listing decision): anyone else has no
 * entries, so their measure list is empty without asking the database. Loaded from the listings and
 * relations read models, then kept current by following the event log from the older of their checkpoints;
 * it answers only while it has read all of the log this process has heard of, so it is never behind
 * the read model. Entries never disappear from the log, so the set only grows.
 */
export class ListedSubjects {
  private readonly codes = new Set<string>();
  private readonly stopped = new AbortController();
  private readonly wake = new AppendSignal();
  /** How far the log has been read, and the furthest position a query has been promised. */
  private position: GlobalPosition = LOG_START;
  private required: GlobalPosition = LOG_START;
  private following?: Promise<void>;
  /** True only while the whole log this process knows of has been read: otherwise the database answers. */
  private caughtUp = false;

  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
  ) {}

  /** Loads the set and starts following the log. */
  start(): void {
    this.following ??= this.follow().catch(() => {
      this.caughtUp = false;
    });
  }

  /** False only when the subject certainly has no list entry and reaches no one's. */
  mayHaveEntries(code: string): boolean {
    return !this.caughtUp || comparePositions(this.position, this.required) < 0 || this.codes.has(code);
  }

  /** A query has seen the read models at `position`: answer from memory again only once the log is read that far. */
  require(position: GlobalPosition): void {
    if (comparePositions(position, this.required) <= 0) return;
    this.required = position;
    this.wake.notify();
  }

  async close(): Promise<void> {
    this.stopped.abort();
    this.wake.notify();
    await this.following;
  }

  private async follow(): Promise<void> {
    // Without the listings model there is nothing to start from but the whole log: wait for the projector.
    for (let loaded = await this.load(); ; loaded = await this.load()) {
      if (loaded) {
        this.position = loaded;
        break;
      }
      await this.wake.wait(5_000, this.stopped.signal);
      if (this.stopped.signal.aborted) return;
    }
    while (!this.stopped.signal.aborted) {
      const page = await this.store.readAll({ after: this.position, maxCount: 1000 });
      for (const event of ofTypes<SubjectListed>(page, [SUBJECT_LISTED])) this.add(event.stream, event.data);
      for (const event of ofTypes<RoleAppointed>(page, [ROLE_APPOINTED])) this.codes.add(event.data.fact.person.idNumber);
      if (page.length > 0) {
        this.position = page[page.length - 1].position;
        continue;
      }
      this.caughtUp = true;
      // Behind a promised position (readable soon, once older transactions end): look again shortly.
      const wait = comparePositions(this.position, this.required) < 0 ? 10 : 1000;
      await Promise.race([this.store.waitForAppend(wait, this.stopped.signal), this.wake.wait(wait, this.stopped.signal)]);
      this.caughtUp = false;
    }
  }

  private add(stream: string, listing: SubjectListedData): void {
    const subject = subjectOfStream(stream);
    if (subject) this.codes.add(subject);
    for (const person of listing.reaches) this.codes.add(person.idNumber);
    for (const { person } of directlyResponsibleIn(listing.listingFact.data)) this.codes.add(person.idNumber);
  }

  /** The listed subjects and the persons they may reach, with the older of the two checkpoints they are as of. */
  private async load(): Promise<GlobalPosition | undefined> {
    const [exists] = await this.db.query<{ count: string }[]>(
      `SELECT count(*) AS count FROM projections WHERE name IN ('listings', 'relations')`,
    );
    if (Number(exists?.count) < 2) return undefined;
    const [row] = await this.db.query<{ commit_position: string; prepare_position: string; codes: string[] | null }[]>(
      `SELECT c.commit_position, c.prepare_position,
              ARRAY(SELECT subject FROM list_entries
                    UNION SELECT person FROM list_reach
                    UNION SELECT jsonb_array_elements(${NAMED_PERSONS})->'person'->>'idNumber' FROM list_entries e
                    UNION SELECT person FROM relations) AS codes
         FROM projections p
         JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
        WHERE p.name IN ('listings', 'relations')
        ORDER BY c.commit_position, c.prepare_position
        LIMIT 1`,
    );
    if (!row) return undefined;
    for (const code of row.codes ?? []) if (code) this.codes.add(code);
    return { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
  }
}

const ROLE_APPOINTED = factEventType(new FactCatalogue().get('RoleAppointed')!);
const NAMED = `e.listing_fact->'data'->'${DIRECTLY_RESPONSIBLE_FIELD}'`;
const NAMED_PERSONS = `CASE WHEN jsonb_typeof(${NAMED}) = 'array' THEN ${NAMED} ELSE '[]'::jsonb END`;

type RoleAppointed = Event<string, RoleFactData>;

interface RoleFactData {
  readonly fact: { readonly person: { readonly idNumber: string } };
}
