import { jest } from '@jest/globals';
import { FactCatalogue, subjectStream, type Caller, type FactInput } from '#credit';
import { FactRecorder } from '#ingestion';
import { fixedClock } from '#kernel';
import { loadShippedRuleSet } from '#runtime';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
const catalogue = new FactCatalogue();
const clock = fixedClock('2026-11-20T04:00:00Z');
const { directory } = testDepartments({ market: ['own-decisions'] });
const market: Caller = { department: directory.get('market')!, keyId: 'test' };
const recorder = () => new FactRecorder(storage.eventStore, catalogue, clock, { rules: loadShippedRuleSet() });

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(async () => {
  await storage.dispose();
});

let numbering = 0;
const subject = () => {
  const n = 600_000 + numbering++;
  return { kind: 'enterprise', code: enterpriseCode(n), name: `记录器测试企业${n}` };
};
const penalty = (on: ReturnType<typeof subject>, decisionNumber: string): FactInput => ({
  type: 'PenaltyDecided',
  sourceRecordId: `p-${on.code}-${decisionNumber}`,
  subject: on,
  data: { ...(catalogue.get('PenaltyDecided')!.example as Record<string, unknown>), decisionNumber },
});
const revocation = (on: ReturnType<typeof subject>, decisionNumber: string): FactInput => ({
  type: 'PenaltyRevoked',
  sourceRecordId: `r-${on.code}-${decisionNumber}`,
  subject: on,
  data: { ...(catalogue.get('PenaltyRevoked')!.example as Record<string, unknown>), decisionNumber },
});
/** A recorder that wrote the subject, and then another writer appended to it without that recorder knowing. */
async function behindAnotherWriter(on: ReturnType<typeof subject>, own: string, other: string): Promise<FactRecorder> {
  const importer = recorder();
  await importer.record([penalty(on, own)], market, 'first');
  await recorder().record([penalty(on, other)], market, 'other writer');
  return importer;
}
const typesIn = async (code: string) => (await storage.eventStore.readStream(subjectStream(code))).map((e) => `${e.revision}:${e.type}`);

describe(`fact recorder (${backend})`, () => {
  it('reads a batch’s histories in one call and writes the whole batch in one multi-stream append', async () => {
    const subjects = Array.from({ length: 50 }, subject);
    const items = subjects.flatMap((s) => [penalty(s, '京朝市监罚〔2026〕1号'), penalty(s, '京朝市监罚〔2026〕2号')]);
    const reads = jest.spyOn(storage.eventStore, 'readStreams');
    const appends = jest.spyOn(storage.eventStore, 'appendToStreams');
    try {
      const { results } = await recorder().record(items, market, 'one-append');
      expect(results.map((r) => r.status)).toEqual(items.map(() => 'accepted'));
      expect(reads).toHaveBeenCalledTimes(1);
      expect(appends).toHaveBeenCalledTimes(1);
      expect(appends.mock.calls[0][0]).toHaveLength(50);
    } finally {
      reads.mockRestore();
      appends.mockRestore();
    }
    for (const s of subjects) expect(await typesIn(s.code)).toEqual(['0:credit.PenaltyDecided.v1', '1:credit.PenaltyDecided.v1']);
  });

  it('a subject another writer appended to since this recorder last wrote it is decided again on its whole history', async () => {
    const s = subject();
    const importer = await behindAnotherWriter(s, '京朝市监罚〔2026〕10号', '京朝市监罚〔2026〕11号');
    const { results } = await importer.record([penalty(s, '京朝市监罚〔2026〕12号')], market, 'third');
    expect(results[0].status).toBe('accepted');
    expect(await typesIn(s.code)).toEqual(['0:credit.PenaltyDecided.v1', '1:credit.PenaltyDecided.v1', '2:credit.PenaltyDecided.v1']);
  });

  it('a refusal is never decided on a remembered history that misses another writer’s fact', async () => {
    const s = subject();
    const importer = await behindAnotherWriter(s, '京朝市监罚〔2026〕20号', '京朝市监罚〔2026〕21号');
    // Only the other writer's fact makes this revocation valid.
    const { results } = await importer.record([revocation(s, '京朝市监罚〔2026〕21号')], market, 'revoke');
    expect(results[0].status).toBe('accepted');
    expect((await typesIn(s.code)).at(-1)).toBe('2:credit.PenaltyRevoked.v1');
  });

  it('a retried batch is answered as duplicates and writes nothing, from memory or from the log', async () => {
    const s = subject();
    const items = [penalty(s, '京朝市监罚〔2026〕30号'), revocation(s, '京朝市监罚〔2026〕30号')];
    const importer = recorder();
    await importer.record(items, market, 'first');
    for (const again of [importer, recorder()]) {
      const { results } = await again.record(items, market, 'retry');
      expect(results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    }
    expect(await typesIn(s.code)).toHaveLength(2);
  });
});
