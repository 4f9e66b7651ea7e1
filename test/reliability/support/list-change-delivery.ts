import type pg from 'pg';
import { addDays, todayInShanghai, type LocalDate } from '#kernel';
import { enterpriseCode } from '../../fixtures/fact-lines.js';
import type { WebhookReceiver } from '../../support/webhook-receiver.js';
import type { PostItem } from './fact-poster.js';

/** A list change the log holds (SubjectListed, SubjectDelisted): what every matching subscriber must receive. */
export interface LoggedChange {
  readonly id: string;
  readonly subject: string;
  /** Its place on the subject's stream: the order a subscriber must see the subject's changes in. */
  readonly revision: number;
  readonly listType: string;
}

/**
 * Per subject, one after another: an A rating by the tax department (a red listing, A级纳税人), a wage-arrears
 * listing decision by the credit-list authority (black, which ends the red entry) and its removal — four list
 * changes in a row on one stream. Items go step by step across all subjects, so each subject's changes are spread
 * over the run.
 */
export function listingEpisodes(
  departments: { readonly tax: string; readonly authority: string },
  subjects: number,
  today: LocalDate = todayInShanghai(),
): PostItem[] {
  const on = addDays(today, -30);
  const steps = (i: number) => [
    { department: departments.tax, type: 'TaxCreditRated', data: { year: Number(on.slice(0, 4)) - 1, level: 'A', publishedOn: on } },
    {
      department: departments.authority,
      type: 'ListingDecided',
      data: {
        decisionNumber: `京人社列〔2026〕R${i}号`,
        listType: 'wage-arrears',
        grounds: [],
        basis: '人社部规〔2017〕16号第五条',
        listedOn: addDays(on, 1),
      },
    },
    {
      department: departments.authority,
      type: 'DelistingDecided',
      data: {
        listingDecisionNumber: `京人社列〔2026〕R${i}号`,
        decisionNumber: `京人社移〔2026〕R${i}号`,
        reason: '违法行为已纠正并完成信用修复',
        delistedOn: addDays(on, 2),
      },
    },
  ];
  return [0, 1, 2].flatMap((s) =>
    Array.from({ length: subjects }, (_, i): PostItem => {
      const { department, ...fact } = steps(i)[s];
      const subject = { kind: 'enterprise', code: enterpriseCode(9000 + i), name: `可靠性测试企业${i}` };
      return { department, fact: { ...fact, sourceRecordId: `delivery-${s}-${i}`, subject } };
    }),
  );
}

/** Every list change in the log, in log order. */
export async function loggedListChanges(db: pg.Client): Promise<LoggedChange[]> {
  const { rows } = await db.query<{ id: string; stream: string; revision: string; listType: string }>(
    `SELECT event_id AS id, stream_id AS stream, stream_revision::text AS revision, data->>'listType' AS "listType"
       FROM events WHERE event_type IN ('credit.SubjectListed.v1', 'credit.SubjectDelisted.v1')
      ORDER BY transaction_id, global_position`,
  );
  return rows.map((r) => ({ id: r.id, subject: r.stream.replace(/^subject-/, ''), revision: Number(r.revision), listType: r.listType }));
}

interface DeliveredChange {
  readonly id: string;
  readonly subject: string;
}

/** The changes of the deliveries a receiver answered 2xx, in the order they arrived (a delivery's in its order). */
export function acceptedChanges(receiver: WebhookReceiver): DeliveredChange[] {
  return receiver.accepted().flatMap((delivery) => (delivery.body as { changes?: DeliveredChange[] } | undefined)?.changes ?? []);
}

/** What a receiver got, held against the changes it should have got (docs/joint-loop.md, "Push: the webhook contract"). */
export function deliveryFindings(receiver: WebhookReceiver, expected: readonly LoggedChange[]) {
  const wanted = new Map(expected.map((change) => [change.id, change]));
  const accepted = acceptedChanges(receiver);
  const firstArrival = new Map<string, number>();
  accepted.forEach((change, at) => firstArrival.has(change.id) || firstArrival.set(change.id, at));

  const missing = expected.filter((change) => !firstArrival.has(change.id)).map((change) => change.id);
  const unexpected = [...firstArrival.keys()].filter((id) => !wanted.has(id));
  // A subject's changes, by first arrival, must come in stream order: an earlier change never after a later one.
  const outOfOrder: string[] = [];
  const lastRevision = new Map<string, number>();
  for (const [id] of [...firstArrival].sort(([, a], [, b]) => a - b)) {
    const change = wanted.get(id);
    if (!change) continue;
    const before = lastRevision.get(change.subject) ?? -1;
    if (change.revision < before) outOfOrder.push(`${change.subject}: revision ${change.revision} after ${before}`);
    lastRevision.set(change.subject, Math.max(before, change.revision));
  }
  const deliveries = receiver.deliveries;
  return {
    missing,
    unexpected,
    outOfOrder,
    repeats: accepted.length - firstArrival.size,
    failedAttempts: deliveries.filter((d) => !d.accepted).length,
    badSignatures: deliveries.filter((d) => d.signatureValid !== true).length,
    idempotencyKeysOff: deliveries.filter((d) => d.headers['idempotency-key'] !== (d.body as { deliveryId?: string })?.deliveryId).length,
  };
}
