import type { INestApplication } from '@nestjs/common';
import { FactCatalogue, subjectStream } from '#credit';
import {
  activateRuleSet,
  previewActivation,
  publishRuleSet,
  recordExpiries,
  RULE_SET_ACTIVATED,
  RULE_SET_PUBLISHED,
  RULE_SET_REEVALUATED,
  RULE_SET_STREAM,
  RuleSetLifecycleError,
} from '#ingestion';
import { fixedClock, type LocalDate } from '#kernel';
import { ListEntriesReader } from '#read-model';
import { compileRuleSet } from '#rules';
import { loadShippedRuleSet } from '#runtime';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { aLevelMovedToB } from '../fixtures/next-rule-sets.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';
import { createApi } from '../../apps/api/src/create-api.js';

let storage: TestStorage;
let app: INestApplication;
let base: string;
let keys: Record<string, string> = {};
const shipped = loadShippedRuleSet();
const catalogue = new FactCatalogue();

const nextRuleSet = () => aLevelMovedToB(shipped);

beforeAll(async () => {
  storage = await openTestStorage();
  const departments = testDepartments({ tax: ['tax'] });
  keys = departments.keys;
  app = await createApi({ ...storage.config, runProjectionsInApi: true }, storage, {
    departments: departments.directory,
    clock: fixedClock('2026-11-20T04:00:00Z'),
  });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});
afterAll(async () => {
  await app.close();
  await storage.dispose();
});

const rated = { kind: 'enterprise', code: enterpriseCode(7001), name: '北京某某A级有限公司' };
const rank = { kind: 'enterprise', code: enterpriseCode(7002), name: '北京某某B级有限公司' };

async function post(items: unknown[]) {
  const response = await fetch(`${base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': keys.tax },
    body: JSON.stringify({ items }),
  });
  const body = (await response.json()) as any;
  expect(body.results.map((r: any) => r.status)).toEqual(items.map(() => 'accepted'));
  return body;
}

describe(`rule-set lifecycle (${backend})`, () => {
  it('publishing is an event; the same version with other content is refused', async () => {
    expect(await publishRuleSet(storage.eventStore, nextRuleSet(), 'test')).toMatchObject({ alreadyPublished: false });
    expect(await publishRuleSet(storage.eventStore, nextRuleSet(), 'test')).toMatchObject({ alreadyPublished: true });
    const changed = { ...nextRuleSet(), effectiveFrom: '2026-12-01' };
    await expect(publishRuleSet(storage.eventStore, changed, 'test')).rejects.toThrow(RuleSetLifecycleError);
    expect((await storage.eventStore.readStream(RULE_SET_STREAM)).map((e) => e.type)).toEqual([RULE_SET_PUBLISHED]);
  });

  it('activation re-evaluates without touching earlier history or moving an entry’s start, and the preview predicts exactly what it does', async () => {
    const rating = await post([
      { type: 'TaxCreditRated', sourceRecordId: 'r-a', subject: rated, data: { year: 2025, level: 'A', publishedOn: '2026-04-20' } },
      { type: 'TaxCreditRated', sourceRecordId: 'r-b', subject: rank, data: { year: 2025, level: 'B', publishedOn: '2026-04-20' } },
    ]);
    // the preview reads the log in its gap-free order: wait until the ratings are readable there
    await fetch(`${base}/v1/subjects/${rated.code}/lists?after=${rating.results[1].position}`, { headers: { 'x-api-key': keys.tax } });
    const before = await storage.eventStore.readStream(subjectStream(rated.code));
    const preview = await previewActivation(storage.eventStore, catalogue, '2026.2', '2026-10-01', shipped);
    expect(preview.changes).toEqual([
      expect.objectContaining({
        subject: rated.code,
        gained: [],
        lost: [expect.objectContaining({ listType: 'a-level-taxpayer', on: '2026-10-01' })],
        measuresLost: expect.arrayContaining(['TAXA.GREEN_CHANNEL']),
      }),
      expect.objectContaining({
        subject: rank.code,
        // contradiction 12 (which-date-decides.md §3): the entry starts on the rating's date, as recording the rating
        // under 2026.2 would start it; the activation never moves `since`. (A criterion that must not reach back is
        // written under a regime from its own date: this fixture's B-level criterion names none.)
        gained: [expect.objectContaining({ listType: 'a-level-taxpayer', since: '2026-04-20', until: '2027-04-20' })],
        lost: [],
      }),
    ]);
    // the preview wrote nothing
    expect(await storage.eventStore.readStream(subjectStream(rated.code))).toHaveLength(before.length);

    const activation = await activateRuleSet(storage.eventStore, catalogue, '2026.2', '2026-10-01', shipped, { actor: 'test' });
    expect(activation).toEqual(preview);

    const after = await storage.eventStore.readStream(subjectStream(rated.code));
    expect(after.slice(0, before.length)).toEqual(before);
    const [delisted] = after.slice(before.length);
    expect(delisted).toMatchObject({
      type: 'credit.SubjectDelisted.v1',
      data: { on: '2026-10-01', reason: 'rule-set-change', ruleSet: { version: '2026.2' } },
    });
    const [listed] = (await storage.eventStore.readStream(subjectStream(rank.code))).filter((e) => e.type === 'credit.SubjectListed.v1');
    expect(listed).toMatchObject({
      data: { since: '2026-04-20', ruleSet: { version: '2026.2' } },
      metadata: { causationId: delisted.data.cause },
    });
    const stream = await storage.eventStore.readStream(RULE_SET_STREAM);
    expect(stream.map((e) => e.type)).toEqual([RULE_SET_PUBLISHED, RULE_SET_ACTIVATED, RULE_SET_REEVALUATED]);
    expect(stream[1]).toMatchObject({
      id: delisted.data.cause,
      data: { version: '2026.2', effectiveFrom: '2026-10-01', previous: { version: shipped.version } },
    });

    const incentives = async (code: string, asOf: string) => {
      const { body } = await fetch(
        `${base}/v1/subjects/${code}/measures?asOf=${asOf}&after=${stream[2].position.commit}-${stream[2].position.prepare}`,
        { headers: { 'x-api-key': keys.tax } },
      ).then(async (r) => ({ body: (await r.json()) as any }));
      return body.measures.filter((m: any) => m.kind === 'incentive').length;
    };
    expect(await incentives(rated.code, '2026-09-30')).toBe(3); // the past is as it was recorded
    expect(await incentives(rated.code, '2026-10-01')).toBe(0);
    expect(await incentives(rank.code, '2026-04-19')).toBe(0);
    expect(await incentives(rank.code, '2026-09-30')).toBe(3); // listed from its own rating's date (contradiction 12)
    expect(await incentives(rank.code, '2026-10-01')).toBe(3);

    // running it again (a crash and a retry) writes nothing twice
    await expect(activateRuleSet(storage.eventStore, catalogue, '2026.2', '2026-10-01', shipped, { actor: 'test' })).rejects.toThrow(
      'already the active one',
    );
    expect(compileRuleSet(nextRuleSet()).version).toBe('2026.2');
  });

  it('the expiry job records each term that ran out once, dated on its end; running it twice or late changes nothing', async () => {
    const reader = new ListEntriesReader(storage.readModels);
    const settle = async () => {
      const last = (await storage.eventStore.readStream(subjectStream(rank.code))).at(-1)!;
      await fetch(`${base}/v1/subjects/${rank.code}/lists?after=${last.position.commit}-${last.position.prepare}`, {
        headers: { 'x-api-key': keys.tax },
      });
    };
    await settle();
    expect(await recordExpiries(storage.eventStore, reader, '2027-04-19' as LocalDate)).toBe(0);
    expect(await recordExpiries(storage.eventStore, reader, '2027-06-30' as LocalDate)).toBe(1);
    await settle();
    expect(await recordExpiries(storage.eventStore, reader, '2027-07-01' as LocalDate)).toBe(0);
    const expiries = (await storage.eventStore.readStream(subjectStream(rank.code))).filter((e) => (e.data as any).reason === 'expired');
    expect(expiries).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ listType: 'a-level-taxpayer', on: '2027-04-20' }) }),
    ]);
    // the rated taxpayer's entry ended by the rule-set change before its term: nothing to expire there
    expect((await storage.eventStore.readStream(subjectStream(rated.code))).filter((e) => (e.data as any).reason === 'expired')).toEqual(
      [],
    );
    const lists = (await (
      await fetch(`${base}/v1/subjects/${rank.code}/lists?asOf=2027-05-01`, { headers: { 'x-api-key': keys.tax } })
    ).json()) as any;
    expect(lists.lists).toEqual([expect.objectContaining({ status: 'expired', until: '2027-04-20' })]);
  });
});
