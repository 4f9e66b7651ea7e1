import type { Caller, FactInput } from '#credit';
import { WrongExpectedRevisionError } from '#event-store';
import { GroupCommit } from './group-commit.js';
import type { BatchResult, FactBatch } from './record-facts.js';

const caller = { department: { id: 'market' }, keyId: 'k' } as unknown as Caller;
const batch = (size: number, tag: string): FactBatch => ({
  items: Array.from({ length: size }, () => ({ type: tag }) as unknown as FactInput),
  caller,
  correlationId: tag,
});

/** A recorder that holds each write open until released, and answers each batch with its tag. */
function heldRecorder() {
  const writes: { tags: string[]; release(): void; fail(error: Error): void }[] = [];
  return {
    writes,
    recordBatches: (batches: readonly FactBatch[]) =>
      new Promise<BatchResult[]>((resolve, reject) => {
        const answer = () => batches.map((b): BatchResult => ({ results: [], position: b.correlationId }));
        writes.push({ tags: batches.map((b) => b.correlationId), release: () => resolve(answer()), fail: reject });
      }),
  };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('writes a lone batch at once and groups the batches that arrive while a write is in flight', async () => {
    const recorder = heldRecorder();
    const group = new GroupCommit(recorder);
    const first = group.record(batch(1, 'a'));
    await settle();
    expect(recorder.writes.map((w) => w.tags)).toEqual([['a']]);
    const later = ['b', 'c', 'd'].map((tag) => group.record(batch(1, tag)));
    await settle();
    expect(recorder.writes).toHaveLength(1);
    recorder.writes[0].release();
    expect((await first).position).toBe('a');
    await settle();
    expect(recorder.writes.map((w) => w.tags)).toEqual([['a'], ['b', 'c', 'd']]);
    recorder.writes[1].release();
    expect((await Promise.all(later)).map((r) => r.position)).toEqual(['b', 'c', 'd']);
  });

  it('keeps a group within the item limit, in arrival order', async () => {
    const recorder = heldRecorder();
    const group = new GroupCommit(recorder, 10);
    const all = [group.record(batch(1, 'a')), group.record(batch(6, 'b')), group.record(batch(4, 'c')), group.record(batch(5, 'd'))];
    for (let i = 0; i < 3; i++) {
      await settle();
      recorder.writes[i].release();
    }
    await Promise.all(all);
    expect(recorder.writes.map((w) => w.tags)).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('a failed write fails its own group only', async () => {
    const recorder = heldRecorder();
    const group = new GroupCommit(recorder);
    const first = group.record(batch(1, 'a'));
    await settle();
    const second = group.record(batch(1, 'b'));
    recorder.writes[0].fail(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await settle();
    recorder.writes[1].release();
    expect((await second).position).toBe('b');
  });

  it('a grouped write that fails is written again batch by batch; contention is not', async () => {
    const recorder = heldRecorder();
    const group = new GroupCommit(recorder);
    const first = group.record(batch(1, 'a'));
    await settle();
    const grouped = ['b', 'c'].map((tag) => group.record(batch(1, tag)));
    recorder.writes[0].release();
    await first;
    await settle();
    recorder.writes[1].fail(new Error('invalid input syntax for type json'));
    await settle();
    recorder.writes[2].fail(new Error('invalid input syntax for type json'));
    await settle();
    recorder.writes[3].release();
    await expect(grouped[0]).rejects.toThrow('invalid input syntax');
    expect((await grouped[1]).position).toBe('c');
    expect(recorder.writes.map((w) => w.tags)).toEqual([['a'], ['b', 'c'], ['b'], ['c']]);

    const lone = group.record(batch(1, 'd'));
    await settle();
    const contended = ['e', 'f'].map((tag) => group.record(batch(1, tag)));
    recorder.writes[4].release();
    await lone;
    await settle();
    recorder.writes[5].fail(new WrongExpectedRevisionError('subject-x', 3, 4));
    for (const answer of contended) await expect(answer).rejects.toThrow(WrongExpectedRevisionError);
    await settle();
    expect(recorder.writes.slice(4).map((w) => w.tags)).toEqual([['d'], ['e', 'f']]);
  });
});
