import {
  factEventType,
  SUBJECT_DELISTED,
  SUBJECT_LISTED,
  subjectOfStream,
  type FactCatalogue,
  type FactEvent,
  type ListingEvent,
  type SubjectDelisted,
  type SubjectListed,
} from '#credit';
import type { RecordedEvent } from '#event-store';
import { licenceUntil, publicationWindow, type PublicationPeriodDocument } from '#rules';
import {
  inspectionRecord,
  licenceRecord,
  picked,
  RECORD_COLUMNS,
  withPublicFieldsMasked,
  type PublicRecordRow,
} from './disclosed-records.js';
import { PendingInserts } from './pending-inserts.js';
import type { Projection, ProjectionTables, ProjectionTransaction } from './projection.js';

type Table = 'public_records';

/** What 信用中国-style disclosure may show of a penalty: the 双公示 fields, never the internal ones. */
const PUBLIC_PENALTY_FIELDS = [
  'decisionNumber',
  'violationType',
  'violationFacts',
  'legalBasis',
  'categories',
  'content',
  'fineAmount',
  'decisionDate',
  'authorityName',
  'authorityCode',
];

const WITHDRAWN_BECAUSE: Record<string, string> = {
  exit: '已退出名单（履行、整改或信用修复）',
  'black-listing': '因列入黑名单移出红名单',
  'rule-set-change': '新规则集生效后不再列入',
  'credit-repair': '已信用修复，终止公示',
  revoked: '异议成立，已撤销（自始无效）',
  'licence-revoked': '行政许可已撤销（注销、吊销）',
};

const PENALTY_FACTS = ['PenaltyDecided', 'PenaltyCorrected', 'PenaltyRevoked', 'CreditRepairDecided', 'RecordRevoked'] as const;
const DISCLOSED_FACTS: readonly string[] = [
  ...PENALTY_FACTS,
  'LicenceGranted',
  'LicenceChanged',
  'LicenceRevoked',
  'InspectionResultRecorded',
];

type DisclosedEvent = ListingEvent | FactEvent;

/**
 * The public disclosure view: list entries, penalties, licences and 双随机 results with their publication window.
 * Queries show a record only inside its window and before it is withdrawn (exit, credit repair, revocation), with
 * every 身份证号 masked; the subjects' names come from the `subjects` read model.
 */
export class PublicDisclosureProjection implements Projection<DisclosedEvent, Table> {
  readonly name = 'public-disclosure';
  /**
   * 2: every 身份证号-looking run masked in title, content and basis, whatever its check digit, spacing or width. 3: credit
   * repair withdraws. 4: licences and 双随机 results, a list entry's deciding department, the subjects' names. 5: the
   * names left for the `subjects` read model, so only the facts it discloses; records indexed by subject and kind.
   */
  readonly version = 5;
  readonly tables = ['public_records'] as const;

  /** The listing decisions and the facts it discloses or that withdraw or change a disclosed record. */
  readonly canHandle: readonly DisclosedEvent['type'][];

  constructor(
    private readonly catalogue: FactCatalogue,
    private readonly periods: readonly PublicationPeriodDocument[],
  ) {
    const disclosed = catalogue.definitions.filter((definition) => DISCLOSED_FACTS.includes(definition.type));
    this.canHandle = [SUBJECT_LISTED, SUBJECT_DELISTED, ...disclosed.map(factEventType)];
  }

  createTables(t: ProjectionTables<Table>): string[] {
    return [
      `CREATE TABLE ${t.public_records} (
         record_id text PRIMARY KEY,
         subject text NOT NULL,
         kind text NOT NULL,
         title text NOT NULL,
         content jsonb NOT NULL,
         published_from date NOT NULL,
         published_until date,
         withdrawn_on date,
         withdrawn_reason text,
         basis jsonb,
         source jsonb NOT NULL
       )`,
      // Every lookup while applying names the subject and the kind: one index for both, so that a table without
      // planner statistics (a rebuild's, with autovacuum off) is not read through two indexes ANDed (35 ms at city scale).
      `CREATE INDEX ON ${t.public_records} (subject, kind)`,
      `CREATE INDEX ON ${t.public_records} (kind, published_from DESC)`,
    ];
  }

  async apply(events: readonly RecordedEvent<DisclosedEvent>[], db: ProjectionTransaction, t: ProjectionTables<Table>): Promise<void> {
    const published = new PendingInserts<PublicRecordRow>(db, t.public_records, RECORD_COLUMNS);
    for (const event of events) {
      const subject = subjectOfStream(event.stream);
      if (!subject) continue;
      if (event.type === SUBJECT_LISTED) this.listed(event as RecordedEvent<SubjectListed>, subject, published);
      else if (event.type === SUBJECT_DELISTED) {
        await published.flush();
        await this.delisted(event as RecordedEvent<SubjectDelisted>, subject, db, t);
      } else await this.fact(event as RecordedEvent<FactEvent>, subject, published, db, t);
    }
    await published.flush();
  }

  private async fact(
    event: RecordedEvent<FactEvent>,
    subject: string,
    published: PendingInserts<PublicRecordRow>,
    db: ProjectionTransaction,
    t: ProjectionTables<Table>,
  ): Promise<void> {
    const definition = this.catalogue.forEventType(event.type);
    const type = definition?.type;
    const { fact } = event.data;
    if (type === 'LicenceGranted') {
      const row = licenceRecord(event.id, subject, fact);
      if (row) published.add(row);
    } else if (type === 'InspectionResultRecorded') {
      const result = definition?.fields.result;
      const label = result?.kind === 'enum' && typeof fact.result === 'string' ? result.values[fact.result] : undefined;
      const row = inspectionRecord(event.id, subject, fact, label);
      if (row) published.add(row);
    } else if (type === 'LicenceChanged' || type === 'LicenceRevoked') {
      await published.flush();
      await this.licenceEvent(type, subject, fact, db, t);
    } else if (type && (PENALTY_FACTS as readonly string[]).includes(type)) {
      await this.penalty(event, type, subject, published, db, t);
    }
  }

  /** A change updates the licence's term (and so its window) and shows the change; a revocation withdraws it. */
  private async licenceEvent(
    type: 'LicenceChanged' | 'LicenceRevoked',
    subject: string,
    fact: Readonly<Record<string, unknown>>,
    db: ProjectionTransaction,
    t: ProjectionTables<Table>,
  ): Promise<void> {
    const [granted] = await db.query<{ record_id: string; content: Record<string, unknown>; published_until: string | null }>(
      `SELECT record_id, content, published_until::text AS published_until FROM ${t.public_records}
        WHERE subject = $1 AND kind = 'licence' AND source->>'decisionNumber' = $2`,
      [subject, fact.decisionNumber],
    );
    if (!granted) return;
    if (type === 'LicenceRevoked') {
      await db.query(`UPDATE ${t.public_records} SET withdrawn_on = $2, withdrawn_reason = $3 WHERE record_id = $1`, [
        granted.record_id,
        fact.revokedOn,
        WITHDRAWN_BECAUSE['licence-revoked'],
      ]);
      return;
    }
    const change = picked(fact, ['changeDecisionNumber', 'change', 'changedOn', 'validTo']);
    const changes = [...((granted.content.changes as unknown[] | undefined) ?? []), change];
    const validTo = fact.validTo ?? granted.content.validTo;
    const row = withPublicFieldsMasked({ content: { ...granted.content, validTo, changes } } as unknown as PublicRecordRow);
    await db.query(`UPDATE ${t.public_records} SET content = $2::jsonb, published_until = $3::date WHERE record_id = $1`, [
      granted.record_id,
      JSON.stringify(row.content),
      fact.validTo === undefined ? granted.published_until : (licenceUntil(fact.validTo) ?? null),
    ]);
  }

  private listed(event: RecordedEvent<SubjectListed>, subject: string, published: PendingInserts<PublicRecordRow>): void {
    const d = event.data;
    // Dishonesty information in force for its 令第36号 period is public only as its class allows (轻微: not in principle).
    if (d.termKind === 'publication-period' && !publicationWindow(d.listingFact, this.periods)?.publish) return;
    published.add(
      withPublicFieldsMasked({
        record_id: event.id,
        subject,
        kind: 'list-entry',
        title: d.label,
        content: {
          listType: d.listType,
          label: d.label,
          color: d.color,
          memorandum: d.memorandum,
          basis: d.basis,
          since: d.since,
          until: d.until,
          decidedBy: decidingDepartment(event),
        },
        published_from: d.since,
        published_until: d.until ?? null,
        basis: d.basis,
        source: { listingFactEventId: d.causes[0], listType: d.listType },
      }),
    );
  }

  private async delisted(
    event: RecordedEvent<SubjectDelisted>,
    subject: string,
    db: ProjectionTransaction,
    t: ProjectionTables<Table>,
  ): Promise<void> {
    const d = event.data;
    if (d.reason === 'expired') return; // the window already ends on the entry's until
    await db.query(
      `UPDATE ${t.public_records} SET withdrawn_on = $4, withdrawn_reason = $5
        WHERE subject = $1 AND kind = 'list-entry' AND source->>'listType' = $2 AND source->>'listingFactEventId' = $3`,
      [subject, d.listType, d.listingFactEventId, d.on, WITHDRAWN_BECAUSE[d.reason]],
    );
  }

  private async penalty(
    event: RecordedEvent<FactEvent>,
    type: string,
    subject: string,
    published: PendingInserts<PublicRecordRow>,
    db: ProjectionTransaction,
    t: ProjectionTables<Table>,
  ): Promise<void> {
    const { fact } = event.data;
    if (type === 'CreditRepairDecided') {
      await published.flush();
      if (fact.outcome === 'approved') await this.repaired(subject, fact, db, t);
      return;
    }
    if (type === 'PenaltyDecided') {
      this.publishPenalty(event.id, subject, fact, published);
      return;
    }
    await published.flush();
    if (type === 'RecordRevoked') {
      // Void from the start: withdrawn from the day it was first published, so no date shows it.
      await db.query(
        `UPDATE ${t.public_records} SET withdrawn_on = published_from, withdrawn_reason = $3 WHERE subject = $1 AND record_id = $2`,
        [subject, fact.revokedEventId, WITHDRAWN_BECAUSE.revoked],
      );
      return;
    }
    const [decided] = await db.query<{ record_id: string; source: Record<string, unknown> }>(
      `SELECT record_id, source FROM ${t.public_records} WHERE subject = $1 AND kind = 'penalty' AND source->>'decisionNumber' = $2`,
      [subject, fact.decisionNumber],
    );
    if (!decided) return; // a penalty that is not published (轻微) has nothing to withdraw or correct
    if (type === 'PenaltyRevoked') {
      await db.query(`UPDATE ${t.public_records} SET withdrawn_on = $2, withdrawn_reason = $3 WHERE record_id = $1`, [
        decided.record_id,
        fact.revokedOn,
        '行政处罚已撤销',
      ]);
    } else if (fact.severity) {
      await db.query(`DELETE FROM ${t.public_records} WHERE record_id = $1`, [decided.record_id]);
      this.publishPenalty(decided.record_id, subject, { ...decided.source, severity: fact.severity }, published);
    }
  }

  /** 令第36号 第三条: a repaired record is no longer published, whether a penalty or the listing fact of an entry. */
  private async repaired(subject: string, fact: Readonly<Record<string, unknown>>, db: ProjectionTransaction, t: ProjectionTables<Table>) {
    await db.query(
      `UPDATE ${t.public_records} SET withdrawn_on = $3, withdrawn_reason = $4
        WHERE subject = $1 AND (record_id = $2 OR (kind = 'list-entry' AND source->>'listingFactEventId' = $2))
          AND (withdrawn_on IS NULL OR withdrawn_on > $3)`,
      [subject, fact.recordEventId, fact.decidedOn, WITHDRAWN_BECAUSE['credit-repair']],
    );
  }

  private publishPenalty(
    recordId: string,
    subject: string,
    fact: Readonly<Record<string, unknown>>,
    published: PendingInserts<PublicRecordRow>,
  ): void {
    const window = publicationWindow({ eventId: recordId, type: 'PenaltyDecided', data: fact }, this.periods);
    if (!window || !window.publish) return;
    const content = Object.fromEntries(PUBLIC_PENALTY_FIELDS.filter((f) => fact[f] !== undefined).map((f) => [f, fact[f]]));
    published.add(
      withPublicFieldsMasked({
        record_id: recordId,
        subject,
        kind: 'penalty',
        title: String(fact.violationType ?? '行政处罚'),
        content: { ...content, publicationClass: window.class },
        published_from: window.from,
        published_until: window.until,
        basis: window.basis,
        source: fact,
      }),
    );
  }
}

/** Who decided the listing, as the public sees it: the authority the listing fact names, else the recording department. */
function decidingDepartment(event: RecordedEvent<SubjectListed>): string | undefined {
  const data = event.data.listingFact.data;
  for (const field of ['authorityName', 'courtName']) if (typeof data[field] === 'string') return data[field];
  const department = event.metadata.department;
  return typeof department === 'string' ? department : undefined;
}
