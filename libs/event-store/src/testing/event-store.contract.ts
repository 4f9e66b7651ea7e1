import { randomUUID } from 'node:crypto';
import { EventIdConflictError, InvalidEventError, WrongExpectedRevisionError } from '../errors.js';
import type { EventStore } from '../event-store.port.js';
import { comparePositions, formatPosition, isAfter, LOG_START, type GlobalPosition } from '../global-position.js';
import type { NewEvent, RecordedEvent } from '../recorded-event.js';
import { Upcasters } from '../upcasters.js';

export type EventStoreFactory = (options: { upcasters?: Upcasters }) => Promise<EventStore>;

/** A test event; streams get a unique name per test so suites can share a server. */
export function testEvent(type = 'test.ThingHappened.v1', data: Record<string, string | number> = {}): NewEvent {
  return { id: randomUUID(), type, data: { ...data }, metadata: { correlationId: randomUUID(), department: 'test' } };
}

export const uniqueStream = (label = 'contract') => `${label}-${randomUUID()}`;

/**
 * Reads the log from `after`, keeping only the given streams (a shared EventStoreDB holds other tests'
 * events), until it has passed `until`: on a shared PostgreSQL server an append becomes readable only
 * once every older transaction in the cluster has ended.
 */
export async function readAllOf(
  store: EventStore,
  streams: readonly string[],
  { after = LOG_START, until }: { after?: GlobalPosition; until?: GlobalPosition } = {},
): Promise<RecordedEvent[]> {
  const wanted = new Set(streams);
  const found: RecordedEvent[] = [];
  const deadline = Date.now() + 10_000;
  for (let position = after; ;) {
    const batch = await store.readAll({ after: position, maxCount: 500 });
    found.push(...batch.filter((e) => wanted.has(e.stream)));
    if (batch.length > 0) position = batch[batch.length - 1].position;
    else if (!until || comparePositions(position, until) >= 0) return found;
    else if (Date.now() > deadline) throw new Error(`the log did not reach ${formatPosition(until)}`);
    else await store.waitForAppend(20);
  }
}

/** Polls until `probe` returns something other than undefined. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function take(events: AsyncIterator<RecordedEvent>, count: number, timeoutMs = 10_000) {
  const taken: RecordedEvent[] = [];
  const deadline = Date.now() + timeoutMs;
  while (taken.length < count) {
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([
      events.next(),
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now())))),
    ]).finally(() => clearTimeout(timer));
    if (next === 'timeout') throw new Error(`received ${taken.length} of ${count} events before the timeout`);
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
}

/** The behaviour every event store adapter promises; run it against each reachable backend. */
export function describeEventStoreContract(backendName: string, createStore: EventStoreFactory): void {
  describe(`event store contract (${backendName})`, () => {
    let store: EventStore;
    const opened: EventStore[] = [];
    const open = async (upcasters?: Upcasters) => {
      const created = await createStore({ upcasters });
      opened.push(created);
      return created;
    };

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      for (const s of opened) await s.close();
    });

    describe('append and read a stream', () => {
      it('numbers events from revision 0 and reads them back with type, data and metadata', async () => {
        const stream = uniqueStream();
        const events = [testEvent('test.Opened.v1', { n: 1 }), testEvent('test.Noted.v2', { text: '失信' })];
        const result = await store.append(stream, events, { expectedRevision: 'no_stream' });
        expect(result).toMatchObject({ nextExpectedRevision: 1, written: true });

        const read = await store.readStream(stream);
        expect(read.map((e) => [e.id, e.revision, e.type, e.data])).toEqual([
          [events[0].id, 0, 'test.Opened.v1', { n: 1 }],
          [events[1].id, 1, 'test.Noted.v2', { text: '失信' }],
        ]);
        expect(read[0].metadata).toMatchObject(events[0].metadata);
        expect(read[0].recordedAt).toBeInstanceOf(Date);
        expect(comparePositions(read[0].position, read[1].position)).toBeLessThan(0);
        expect(comparePositions(read[1].position, result.position)).toBe(0);
      });

      it('reads backwards, from a revision, and at most maxCount events', async () => {
        const stream = uniqueStream();
        await store.append(
          stream,
          [1, 2, 3, 4, 5].map((n) => testEvent(undefined, { n })),
        );
        const revisions = (events: RecordedEvent[]) => events.map((e) => e.revision);
        expect(revisions(await store.readStream(stream, { direction: 'backwards' }))).toEqual([4, 3, 2, 1, 0]);
        expect(revisions(await store.readStream(stream, { fromRevision: 2, maxCount: 2 }))).toEqual([2, 3]);
        expect(revisions(await store.readStream(stream, { direction: 'backwards', fromRevision: 3, maxCount: 2 }))).toEqual([3, 2]);
      });

      it('reads a missing stream as empty', async () => {
        expect(await store.readStream(uniqueStream('missing'))).toEqual([]);
      });

      it('rejects malformed events before writing anything', async () => {
        const stream = uniqueStream();
        await expect(store.append(stream, [{ ...testEvent(), type: 'PenaltyDecided' }])).rejects.toBeInstanceOf(InvalidEventError);
        await expect(store.append(stream, [{ ...testEvent(), id: 'not-a-uuid' }])).rejects.toBeInstanceOf(InvalidEventError);
        await expect(store.append(stream, [])).rejects.toBeInstanceOf(InvalidEventError);
        expect(await store.readStream(stream)).toEqual([]);
      });
    });

    describe('expected revision', () => {
      it('no_stream fails once the stream exists, naming the actual revision', async () => {
        const stream = uniqueStream();
        await store.append(stream, [testEvent(), testEvent()], { expectedRevision: 'no_stream' });
        const error = await store.append(stream, [testEvent()], { expectedRevision: 'no_stream' }).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ stream, expected: 'no_stream', actual: 1 });
      });

      it('an exact revision must be the last event of the stream', async () => {
        const stream = uniqueStream();
        await store.append(stream, [testEvent()]);
        await expect(store.append(stream, [testEvent()], { expectedRevision: 0 })).resolves.toMatchObject({
          nextExpectedRevision: 1,
        });
        await expect(store.append(stream, [testEvent()], { expectedRevision: 0 })).rejects.toMatchObject({
          code: 'wrong-expected-revision',
          actual: 1,
        });
        await expect(store.append(uniqueStream(), [testEvent()], { expectedRevision: 0 })).rejects.toMatchObject({
          actual: 'no_stream',
        });
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('any appends whatever the stream holds', async () => {
        const stream = uniqueStream();
        await store.append(stream, [testEvent()], { expectedRevision: 'any' });
        const result = await store.append(stream, [testEvent(), testEvent()], { expectedRevision: 'any' });
        expect(result.nextExpectedRevision).toBe(2);
      });

      it('20 writers at the same revision: one wins each revision, the rest get a typed conflict', async () => {
        const stream = uniqueStream();
        await store.append(stream, [testEvent()], { expectedRevision: 'no_stream' });
        const winners: string[] = [];
        for (let revision = 0; revision < 5; revision++) {
          const attempts = Array.from({ length: 20 }, () => testEvent(undefined, { revision }));
          const outcomes = await Promise.allSettled(attempts.map((event) => store.append(stream, [event], { expectedRevision: revision })));
          const won = attempts.filter((_, i) => outcomes[i].status === 'fulfilled');
          const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(19);
          for (const loss of lost) expect(loss.reason).toBeInstanceOf(WrongExpectedRevisionError);
          winners.push(won[0].id);
        }
        const stored = await store.readStream(stream);
        expect(stored.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
        expect(stored.slice(1).map((e) => e.id)).toEqual(winners);
      });

      it('20 writers that retry on conflict: every event lands exactly once', async () => {
        const stream = uniqueStream();
        const writers = Array.from({ length: 20 }, (_, writer) => testEvent(undefined, { writer }));
        await Promise.all(
          writers.map(async (event) => {
            for (;;) {
              const [last] = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
              try {
                return await store.append(stream, [event], { expectedRevision: last ? last.revision : 'no_stream' });
              } catch (error) {
                if (!(error instanceof WrongExpectedRevisionError)) throw error;
              }
            }
          }),
        );
        const stored = await store.readStream(stream);
        expect(stored.map((e) => e.revision)).toEqual([...Array(20).keys()]);
        expect(new Set(stored.map((e) => e.id))).toEqual(new Set(writers.map((e) => e.id)));
      });
    });

    describe('idempotency by event id', () => {
      it.each(['no_stream', 'exact', 'any'] as const)(
        'the same append twice (expected %s) is one copy, and the retry reports nothing written',
        async (mode) => {
          const stream = uniqueStream();
          if (mode === 'exact') await store.append(stream, [testEvent()]);
          const expectedRevision = mode === 'exact' ? 0 : mode;
          const events = [testEvent(), testEvent()];
          const first = await store.append(stream, events, { expectedRevision });
          const retry = await store.append(stream, events, { expectedRevision });
          expect(first.written).toBe(true);
          expect(retry).toEqual({ ...first, written: false });
          const stored = await store.readStream(stream);
          expect(stored.filter((e) => events.some((n) => n.id === e.id))).toHaveLength(2);
          expect(await readAllOf(store, [stream], { until: first.position })).toHaveLength(stored.length);
        },
      );
    });

    describe('ids another writer appended to the same stream first', () => {
      it.each(['no_stream', 'exact'] as const)(
        'a larger append holding them (expected %s) is a revision conflict, not an id conflict: decide again',
        async (mode) => {
          const stream = uniqueStream();
          if (mode === 'exact') await store.append(stream, [testEvent()]);
          const expectedRevision = mode === 'exact' ? 0 : mode;
          const theirs = testEvent();
          await store.append(stream, [theirs], { expectedRevision });
          const mine = store.append(stream, [theirs, testEvent()], { expectedRevision });
          await expect(mine).rejects.toBeInstanceOf(WrongExpectedRevisionError);
          await expect(mine).rejects.toMatchObject({ expected: expectedRevision, actual: mode === 'exact' ? 1 : 0 });
          const outcomes = await store.appendToStreams([{ stream, events: [theirs, testEvent()], expectedRevision }]);
          expect(outcomes[0].status === 'conflict' && outcomes[0].error).toBeInstanceOf(WrongExpectedRevisionError);
        },
      );
    });

    describe('multi-stream append', () => {
      it('appends to many streams in one call, each numbered on from its own expectation', async () => {
        const [fresh, existing, unchecked] = [uniqueStream(), uniqueStream(), uniqueStream()];
        await store.append(existing, [testEvent()]);
        const appends = [
          { stream: fresh, events: [testEvent(), testEvent()], expectedRevision: 'no_stream' as const },
          { stream: existing, events: [testEvent()], expectedRevision: 0 },
          { stream: unchecked, events: [testEvent()], expectedRevision: 'any' as const },
        ];
        const outcomes = await store.appendToStreams(appends);
        expect(outcomes.map((o) => [o.stream, o.status, o.status === 'appended' && o.result.nextExpectedRevision])).toEqual([
          [fresh, 'appended', 1],
          [existing, 'appended', 1],
          [unchecked, 'appended', 0],
        ]);
        const read = await store.readStreams([fresh, existing, unchecked, uniqueStream('missing')]);
        expect([...read.values()].map((events) => events.map((e) => e.revision))).toEqual([[0, 1], [0, 1], [0], []]);
        const last = outcomes
          .map((o) => (o.status === 'appended' ? o.result.position : LOG_START))
          .reduce((a, b) => (isAfter(a, b) ? a : b));
        const inLog = (await readAllOf(store, [fresh, existing, unchecked], { until: last })).map((e) => e.id);
        expect(inLog).toEqual(expect.arrayContaining(appends.flatMap((a) => a.events.map((e) => e.id))));
        expect(inLog).toHaveLength(5);
      });

      it('refuses only the part whose expectation fails, naming the actual revision', async () => {
        const [taken, free] = [uniqueStream(), uniqueStream()];
        await store.append(taken, [testEvent(), testEvent()]);
        const outcomes = await store.appendToStreams([
          { stream: taken, events: [testEvent()], expectedRevision: 0 },
          { stream: free, events: [testEvent()], expectedRevision: 'no_stream' },
        ]);
        expect(outcomes[0]).toMatchObject({ stream: taken, status: 'conflict' });
        expect(outcomes[0].status === 'conflict' && outcomes[0].error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(outcomes[0].status === 'conflict' && outcomes[0].error).toMatchObject({ expected: 0, actual: 1 });
        expect(outcomes[1]).toMatchObject({ stream: free, status: 'appended' });
        expect(await store.readStream(taken)).toHaveLength(2);
        expect(await store.readStream(free)).toHaveLength(1);
      });

      it('a retried call writes nothing twice and reports the earlier appends', async () => {
        const appends = [
          { stream: uniqueStream(), events: [testEvent(), testEvent()], expectedRevision: 'no_stream' as const },
          { stream: uniqueStream(), events: [testEvent()], expectedRevision: 'no_stream' as const },
        ];
        const first = await store.appendToStreams(appends);
        const retry = await store.appendToStreams(appends);
        expect(retry).toEqual(first.map((o) => (o.status === 'appended' ? { ...o, result: { ...o.result, written: false } } : o)));
        for (const { stream, events } of appends) expect(await store.readStream(stream)).toHaveLength(events.length);
      });

      it('an event id stored in another stream refuses that part alone', async () => {
        const used = testEvent();
        await store.append(uniqueStream(), [used]);
        const [reusing, clean] = [uniqueStream(), uniqueStream()];
        const outcomes = await store.appendToStreams([
          { stream: reusing, events: [testEvent(), used], expectedRevision: 'no_stream' },
          { stream: clean, events: [testEvent()], expectedRevision: 'no_stream' },
        ]);
        expect(outcomes[0].status === 'conflict' && outcomes[0].error).toBeInstanceOf(EventIdConflictError);
        expect(outcomes[1].status).toBe('appended');
        expect(await store.readStream(reusing)).toEqual([]);
      });

      it('rejects a stream named twice, or an id used in two parts, before writing anything', async () => {
        const stream = uniqueStream();
        const shared = testEvent();
        await expect(
          store.appendToStreams([
            { stream, events: [testEvent()], expectedRevision: 'any' },
            { stream, events: [testEvent()], expectedRevision: 'any' },
          ]),
        ).rejects.toBeInstanceOf(InvalidEventError);
        await expect(
          store.appendToStreams([
            { stream, events: [shared], expectedRevision: 'any' },
            { stream: uniqueStream(), events: [shared], expectedRevision: 'any' },
          ]),
        ).rejects.toBeInstanceOf(InvalidEventError);
        expect(await store.readStream(stream)).toEqual([]);
      });

      it('writers racing over the same streams: every part lands once or is refused as a whole', async () => {
        const streams = Array.from({ length: 10 }, () => uniqueStream());
        const outcomes = await Promise.all(
          Array.from({ length: 8 }, (_, w) =>
            store.appendToStreams(
              (w % 2 ? [...streams].reverse() : streams).map((stream) => ({
                stream,
                events: [testEvent(), testEvent()],
                expectedRevision: 'no_stream' as const,
              })),
            ),
          ),
        );
        for (const stream of streams) {
          const won = outcomes.flat().filter((o) => o.stream === stream && o.status === 'appended');
          expect(won).toHaveLength(1);
          expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0, 1]);
        }
      });
    });

    describe('the global log', () => {
      it('reads every stream in append order, strictly after a position', async () => {
        const [a, b] = [uniqueStream('a'), uniqueStream('b')];
        const first = await store.append(a, [testEvent(undefined, { n: 1 })]);
        await store.append(b, [testEvent(undefined, { n: 2 }), testEvent(undefined, { n: 3 })]);
        const { position: until } = await store.append(a, [testEvent(undefined, { n: 4 })]);
        const all = await readAllOf(store, [a, b], { until });
        expect(all.map((e) => e.data.n)).toEqual([1, 2, 3, 4]);
        for (let i = 1; i < all.length; i++) expect(isAfter(all[i].position, all[i - 1].position)).toBe(true);
        const after = await readAllOf(store, [a, b], { after: first.position, until });
        expect(after.map((e) => e.data.n)).toEqual([2, 3, 4]);
      });

      it('pages with maxCount without skipping or repeating', async () => {
        const stream = uniqueStream();
        const { position: until } = await store.append(
          stream,
          Array.from({ length: 7 }, (_, n) => testEvent(undefined, { n })),
        );
        const seen: number[] = [];
        for (let position = LOG_START; ;) {
          const page = await store.readAll({ after: position, maxCount: 3 });
          if (page.length === 0 && comparePositions(position, until) >= 0) break;
          if (page.length === 0) {
            await store.waitForAppend(20);
            continue;
          }
          expect(page.length).toBeLessThanOrEqual(3);
          seen.push(...page.filter((e) => e.stream === stream).map((e) => e.data.n as number));
          position = page[page.length - 1].position;
        }
        expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
      });

      it('reports the head position and counts what follows a position', async () => {
        const stream = uniqueStream();
        const first = await store.append(stream, [testEvent()]);
        const last = await store.append(stream, [testEvent(), testEvent()]);
        const head = await eventually(async () => {
          const position = await store.headPosition();
          return position && comparePositions(position, last.position) >= 0 ? position : undefined;
        });
        expect(comparePositions(head, first.position)).toBeGreaterThan(0);
        expect(await store.countAfter(first.position, 1000)).toBeGreaterThanOrEqual(2);
        expect(await store.countAfter(first.position, 1)).toBe(1);
      });
    });

    describe('catch-up subscription', () => {
      it('delivers the past, then turns live, then stops on close', async () => {
        const stream = uniqueStream();
        const before = await store.headPosition();
        await store.append(stream, [testEvent(undefined, { n: 1 }), testEvent(undefined, { n: 2 })]);
        const subscription = store.subscribe({ after: before ?? LOG_START });
        const events = subscription[Symbol.asyncIterator]();
        const mine = async (count: number) => {
          const got: RecordedEvent[] = [];
          while (got.length < count) got.push(...(await take(events, 1)).filter((e) => e.stream === stream));
          return got;
        };
        expect((await mine(2)).map((e) => e.data.n)).toEqual([1, 2]);
        setTimeout(() => void store.append(stream, [testEvent(undefined, { n: 3 })]), 50);
        expect((await mine(1)).map((e) => e.data.n)).toEqual([3]);
        await subscription.close();
        expect(await take(events, 1, 2000)).toEqual([]);
      });
    });

    describe('upcasting on read', () => {
      it('turns stored old versions into the current one, leaving the log as written', async () => {
        const upcasting = await open(
          new Upcasters([
            { from: 'test.Fined.v1', to: 'test.Fined.v2', upcast: (data) => ({ amount: String(data.yuan), currency: 'CNY' }) },
          ]),
        );
        const stream = uniqueStream();
        const appended = await store.append(stream, [testEvent('test.Fined.v1', { yuan: 5000 })]);
        const [upcast] = await upcasting.readStream(stream);
        expect(upcast).toMatchObject({ type: 'test.Fined.v2', data: { amount: '5000', currency: 'CNY' } });
        expect((await readAllOf(upcasting, [stream], { until: appended.position }))[0].type).toBe('test.Fined.v2');
        expect((await store.readStream(stream))[0]).toMatchObject({ type: 'test.Fined.v1', data: { yuan: 5000 } });
      });
    });
  });
}
