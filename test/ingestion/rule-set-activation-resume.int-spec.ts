import { FactCatalogue, SUBJECT_DELISTED, SUBJECT_LISTED, subjectStream, type Caller } from '#credit';
import type { EventStore } from '#event-store';
import {
  activateRuleSet,
  FactRecorder,
  publishRuleSet,
  RULE_SET_ACTIVATED,
  RULE_SET_PUBLISHED,
  RULE_SET_REEVALUATED,
  RULE_SET_STREAM,
} from '#ingestion';
import { fixedClock } from '#kernel';
import { loadShippedRuleSet } from '#runtime';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { aLevelMovedToB } from '../fixtures/next-rule-sets.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

/**
 * An activation cut short after its RuleSetActivated (the process dies while re-evaluating subjects) is finished by
 * running it again: the subjects not yet re-evaluated get their listing events, each subject's once, and the
 * activation ends with RuleSetReevaluated. Before, the re-run was refused: the version was "already the active one".
 */
let storage: TestStorage;
const catalogue = new FactCatalogue();
const shipped = loadShippedRuleSet();
const { directory } = testDepartments({ tax: ['tax'] });
const tax: Caller = { department: directory.get('tax')!, keyId: 'test' };

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.dispose());

const rating = (n: number, level: string) => ({
  type: 'TaxCreditRated',
  sourceRecordId: `resume-${n}`,
  subject: { kind: 'enterprise', code: enterpriseCode(n), name: `续作测试企业${n}` },
  data: { year: 2025, level, publishedOn: '2026-04-20' },
});

/** The store, but the process "dies" at the activation's second subject append. */
function dyingAtSecondSubject(store: EventStore): EventStore {
  let subjectAppends = 0;
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'append') return Reflect.get(target, property, receiver);
      return (stream: string, ...rest: unknown[]) => {
        if (stream.startsWith('subject-') && ++subjectAppends === 2) return Promise.reject(new Error('killed mid-activation'));
        return (target.append as (...args: unknown[]) => unknown).call(target, stream, ...rest);
      };
    },
  });
}

const listingEvents = async (n: number) =>
  (await storage.eventStore.readStream(subjectStream(enterpriseCode(n))))
    .filter((e) => e.type === SUBJECT_LISTED || e.type === SUBJECT_DELISTED)
    .map((e) => `${e.type === SUBJECT_LISTED ? 'listed' : 'delisted'}:${(e.data as any).ruleSet?.version}`);

describe(`rule-set activation after a crash (${backend})`, () => {
  it('is finished by running it again, writing each subject’s events once; once ended it is already active', async () => {
    const recorder = new FactRecorder(storage.eventStore, catalogue, fixedClock('2026-11-20T04:00:00Z'), { rules: shipped });
    const { results } = await recorder.record([rating(9101, 'A'), rating(9102, 'B'), rating(9103, 'B')], tax, 'ratings');
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    await publishRuleSet(storage.eventStore, aLevelMovedToB(shipped), 'test');

    await expect(
      activateRuleSet(dyingAtSecondSubject(storage.eventStore), catalogue, '2026.2', '2026-10-01', shipped, { actor: 'test' }),
    ).rejects.toThrow('killed mid-activation');
    const cut = await storage.eventStore.readStream(RULE_SET_STREAM);
    expect(cut.map((e) => e.type)).toEqual([RULE_SET_PUBLISHED, RULE_SET_ACTIVATED]);
    const underNext = await Promise.all([9101, 9102, 9103].map(async (n) => (await listingEvents(n)).some((e) => e.endsWith(':2026.2'))));
    expect(underNext.filter(Boolean)).toHaveLength(1); // the first subject was re-evaluated before the crash

    const finished = await activateRuleSet(storage.eventStore, catalogue, '2026.2', '2026-10-01', shipped, { actor: 'test' });
    expect(finished).toMatchObject({ from: { version: shipped.version }, to: { version: '2026.2' } });
    const stream = await storage.eventStore.readStream(RULE_SET_STREAM);
    expect(stream.map((e) => e.type)).toEqual([RULE_SET_PUBLISHED, RULE_SET_ACTIVATED, RULE_SET_REEVALUATED]);
    expect(stream[2].data).toMatchObject({ version: '2026.2', activationEventId: stream[1].id });
    // every subject re-evaluated exactly once: the A-rated one leaves the list, the B-rated ones join it
    expect(await listingEvents(9101)).toEqual([`listed:${shipped.version}`, 'delisted:2026.2']);
    expect(await listingEvents(9102)).toEqual(['listed:2026.2']);
    expect(await listingEvents(9103)).toEqual(['listed:2026.2']);

    await expect(activateRuleSet(storage.eventStore, catalogue, '2026.2', '2026-10-01', shipped, { actor: 'test' })).rejects.toThrow(
      'already the active one',
    );
    expect((await storage.eventStore.readStream(RULE_SET_STREAM)).length).toBe(3);
  });
});
