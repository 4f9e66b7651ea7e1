import { FactCatalogue, subjectStream, type Caller, type FactInput } from '#credit';
import type { EventStore, StreamAppend } from '#event-store';
import { FactRecorder, GroupCommit, importFacts, type RejectedLine } from '#ingestion';
import { fixedClock } from '#kernel';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
const catalogue = new FactCatalogue();
const clock = fixedClock('2026-11-20T04:00:00Z');
const { directory } = testDepartments({ market: ['own-decisions'] });
const market: Caller = { department: directory.get('market')!, keyId: 'test' };
const MARK = 'REFUSED-BY-STORE';

/**
 * The real store, except that a fact whose text holds MARK reaches it with a NUL after the mark, as
 * unchecked input once did: the database itself refuses the append (jsonb holds no \u0000).
 */
function refusingMarkedFacts(store: EventStore): EventStore {
  const poison = (append: StreamAppend): StreamAppend => ({
    ...append,
    events: append.events.map((event) => ({ ...event, data: JSON.parse(JSON.stringify(event.data).replaceAll(MARK, `${MARK}\\u0000`)) })),
  });
  return new Proxy(store, {
    get(target, property) {
      if (property === 'appendToStreams') return (appends: readonly StreamAppend[]) => target.appendToStreams(appends.map(poison));
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

let numbering = 0;
const penalty = (violationFacts = '逾期未报送年度报告'): FactInput => {
  const n = 700_000 + numbering++;
  return {
    type: 'PenaltyDecided',
    sourceRecordId: `refusal-${n}`,
    subject: { kind: 'enterprise', code: enterpriseCode(n), name: `拒写测试企业${n}` },
    data: {
      ...(catalogue.get('PenaltyDecided')!.example as Record<string, unknown>),
      decisionNumber: `京朝市监罚〔2026〕${n}号`,
      violationFacts,
    },
  };
};
const codeOf = (item: FactInput) => (item.subject as { code: string }).code;
const written = async (item: FactInput) => (await storage.eventStore.readStream(subjectStream(codeOf(item)))).length;

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(async () => {
  await storage.dispose();
});

describe(`a fact the store refuses fails only its own batch (${backend})`, () => {
  it('the database really refuses a marked fact', async () => {
    const recorder = new FactRecorder(refusingMarkedFacts(storage.eventStore), catalogue, clock);
    const item = penalty(MARK);
    await expect(recorder.record([item], market, 'alone')).rejects.toThrow();
    expect(await written(item)).toBe(0);
  });

  it('group commit: the innocent batches grouped with a refused one are written, only the guilty one fails', async () => {
    const group = new GroupCommit(new FactRecorder(refusingMarkedFacts(storage.eventStore), catalogue, clock));
    const first = penalty();
    const innocent = Array.from({ length: 8 }, () => [penalty(), penalty()]);
    const guilty = [penalty(), penalty(MARK)];
    const inFlight = group.record({ items: [first], caller: market, correlationId: 'first' });
    // These arrive while the first write is in flight, so they are written together in one append.
    const batches = [...innocent.slice(0, 4), guilty, ...innocent.slice(4)];
    const answers = await Promise.allSettled(
      batches.map((items, i) => group.record({ items, caller: market, correlationId: `batch-${i}` })),
    );
    await inFlight;

    expect(answers.map((a) => a.status)).toEqual(batches.map((b) => (b === guilty ? 'rejected' : 'fulfilled')));
    for (const item of innocent.flat()) expect(await written(item)).toBe(1);
    for (const item of guilty) expect(await written(item)).toBe(0);
  });

  it('import: a line the store refuses is reported with its line number and the import goes on', async () => {
    const recorder = new FactRecorder(refusingMarkedFacts(storage.eventStore), catalogue, clock);
    const items = [penalty(), penalty(), penalty(), penalty(MARK), penalty(), penalty(), penalty()];
    const lines = (async function* () {
      yield* items.map((item) => JSON.stringify(item));
    })();
    const refused: RejectedLine[] = [];
    const progress = await importFacts(lines, recorder, market, {
      batchSize: 500,
      correlationId: 'import',
      onRejected: (r) => refused.push(r),
    });

    expect(progress).toEqual({ lines: 7, accepted: 6, duplicates: 0, rejected: 1 });
    expect(refused).toEqual([expect.objectContaining({ line: 4, kind: 'invalid', code: 'refused-by-store' })]);
    expect(await Promise.all(items.map(written))).toEqual([1, 1, 1, 0, 1, 1, 1]);
  });

  it('import: when the store refuses every line, the import stops instead of reporting them all', async () => {
    const recorder = new FactRecorder(refusingMarkedFacts(storage.eventStore), catalogue, clock);
    const lines = (async function* () {
      yield* [penalty(MARK), penalty(MARK)].map((item) => JSON.stringify(item));
    })();
    await expect(importFacts(lines, recorder, market, { correlationId: 'import' })).rejects.toThrow();
  });
});
