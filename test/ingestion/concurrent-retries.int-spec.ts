import pg from 'pg';
import { FactCatalogue, subjectStream, type Caller, type FactInput } from '#credit';
import { PostgresEventStore } from '#event-store/postgres';
import { FactRecorder, type ItemResult } from '#ingestion';
import { fixedClock } from '#kernel';
import { loadShippedRuleSet, poolConfig } from '#runtime';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

/**
 * Two api processes answering the same client's retries: two stores, each with its own pool, on one
 * database. Whichever writes first, the other must answer `duplicate`, never a 409 or a second `accepted`.
 */
let storage: TestStorage;
let otherProcess: PostgresEventStore;
const catalogue = new FactCatalogue();
const clock = fixedClock('2026-11-20T04:00:00Z');
const { directory } = testDepartments({ market: ['own-decisions'] });
const market: Caller = { department: directory.get('market')!, keyId: 'test' };
const rules = loadShippedRuleSet();

beforeAll(async () => {
  storage = await openTestStorage();
  otherProcess = new PostgresEventStore(new pg.Pool(poolConfig(storage.connection, 10)), { ownsPool: true });
});
afterAll(async () => {
  await otherProcess.close();
  await storage.dispose();
});

const subjects = Array.from({ length: 40 }, (_, n) => ({
  kind: 'enterprise',
  code: enterpriseCode(700_000 + n),
  name: `并发重试企业${n}`,
}));
const penalty = (on: (typeof subjects)[number], decisionNumber: string): FactInput => ({
  type: 'PenaltyDecided',
  sourceRecordId: `p-${on.code}-${decisionNumber}`,
  subject: on,
  data: { ...(catalogue.get('PenaltyDecided')!.example as Record<string, unknown>), decisionNumber },
});

function statusesByEvent(answers: readonly ItemResult[][]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const result of answers.flat()) {
    const key = result.status === 'rejected' ? `rejected ${result.kind} ${result.code}` : result.eventId;
    seen.set(key, [...(seen.get(key) ?? []), result.status]);
  }
  return seen;
}

describe(`identical retries racing across processes (${backend})`, () => {
  it('one process sends a fact alone, the other the same fact with another: one accepted, one duplicate, no 409', async () => {
    const first = new FactRecorder(storage.eventStore, catalogue, clock, { rules });
    const second = new FactRecorder(otherProcess, catalogue, clock, { rules });
    const alone = subjects.slice(0, 20).map((s) => penalty(s, '京朝市监罚〔2026〕1号'));
    const withAnother = subjects.slice(0, 20).flatMap((s) => [penalty(s, '京朝市监罚〔2026〕1号'), penalty(s, '京朝市监罚〔2026〕2号')]);
    const answers = await Promise.all([first.record(alone, market, 'alone'), second.record(withAnother, market, 'with another')]);
    const statuses = statusesByEvent(answers.map((a) => a.results));
    expect([...statuses.keys()].filter((key) => key.startsWith('rejected'))).toEqual([]);
    const once = alone.map((_, i) => answers[0].results[i]).map((r) => r.status !== 'rejected' && statuses.get(r.eventId)!.sort());
    expect(once).toEqual(alone.map(() => ['accepted', 'duplicate']));
    for (const s of subjects.slice(0, 20))
      expect(await storage.eventStore.readStream(subjectStream(s.code)).then((e) => e.length)).toBeGreaterThanOrEqual(2);
  });

  it('the same batch sent by both processes at once: each event is accepted exactly once', async () => {
    const items = subjects.slice(20).map((s) => penalty(s, '京朝市监罚〔2026〕3号'));
    const recorders = [storage.eventStore, otherProcess, storage.eventStore, otherProcess].map(
      (store) => new FactRecorder(store, catalogue, clock, { rules }),
    );
    const answers = await Promise.all(recorders.map((r, i) => r.record(items, market, `retry ${i}`)));
    const statuses = statusesByEvent(answers.map((a) => a.results));
    expect([...statuses.keys()].filter((key) => key.startsWith('rejected'))).toEqual([]);
    for (const [, seen] of statuses) expect(seen.filter((s) => s === 'accepted')).toHaveLength(1);
    expect(statuses.size).toBe(items.length);
  });
});
