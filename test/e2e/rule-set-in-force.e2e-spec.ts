import { FactCatalogue, SUBJECT_LISTED, subjectStream } from '#credit';
import { activateRuleSet, previewActivation, publishRuleSet } from '#ingestion';
import { fixedClock } from '#kernel';
import { loadShippedRuleSet } from '#runtime';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { ADDED_MEASURE, oneMoreMeasure } from '../fixtures/next-rule-sets.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

let today = fixedClock('2026-11-20T04:00:00Z');
const api = useTestApi({ tax: ['tax'] }, { overrides: { clock: { now: () => today.now() } } });
const shipped = loadShippedRuleSet();
const rated = { kind: 'enterprise', code: enterpriseCode(7101), name: '北京某某A级有限公司' };
const ratedLater = { kind: 'enterprise', code: enterpriseCode(7102), name: '北京某某A级二有限公司' };

async function rate(subject: typeof rated) {
  const body = (await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.keys.tax },
    body: JSON.stringify({
      items: [
        {
          type: 'TaxCreditRated',
          sourceRecordId: `rating-${subject.code}`,
          subject,
          data: { year: 2025, level: 'A', publishedOn: '2026-04-20' },
        },
      ],
    }),
  }).then((r) => r.json())) as any;
  expect(body.results[0].status).toBe('accepted');
  return body;
}

const listedUnder = async (subject: typeof rated) =>
  (await api.storage.eventStore.readStream(subjectStream(subject.code)))
    .filter((e) => e.type === SUBJECT_LISTED)
    .map((e) => (e.data as any).ruleSet.version);

describe(`the rule set in force on a date (${backend})`, () => {
  let recorded: { position: string };

  it('the preview of a rule set that adds one measure reports that measure, subject by subject', async () => {
    recorded = await rate(rated);
    await publishRuleSet(api.storage.eventStore, oneMoreMeasure(shipped), 'test');
    // the preview reads the log in its gap-free order: wait until the rating is readable there
    await fetch(`${api.base}/v1/subjects/${rated.code}/lists?after=${recorded.position}`, { headers: { 'x-api-key': api.keys.tax } });
    const preview = await previewActivation(api.storage.eventStore, new FactCatalogue(), '2026.2', '2026-12-01', shipped);
    expect(preview.changes).toEqual([{ subject: rated.code, gained: [], lost: [], measuresGained: [ADDED_MEASURE], measuresLost: [] }]);
  });

  it('a query as of a date answers under the rule set in force on that date and names it, with no restart after the activation', async () => {
    await activateRuleSet(api.storage.eventStore, new FactCatalogue(), '2026.2', '2026-12-01', shipped, { actor: 'test' });

    const measuresAsOf = async (asOf: string) => {
      const response = await fetch(`${api.base}/v1/subjects/${rated.code}/measures?asOf=${asOf}&after=${recorded.position}`, {
        headers: { 'x-api-key': api.keys.tax },
      });
      const body = (await response.json()) as any;
      return { version: body.ruleSet.version, measures: body.measures.map((m: any) => m.id) };
    };
    const before = await measuresAsOf('2026-07-01');
    expect(before.version).toBe(shipped.version);
    expect(before.measures).toContain('TAXA.GREEN_CHANNEL');
    expect(before.measures).not.toContain(ADDED_MEASURE);
    const after = await measuresAsOf('2026-12-02');
    expect(after.version).toBe('2026.2');
    expect([...after.measures].sort()).toEqual([...before.measures, ADDED_MEASURE].sort());
  });

  it('a fact is recorded under the rule set in force on the day it is recorded', async () => {
    expect(await listedUnder(rated)).toEqual([shipped.version]);
    today = fixedClock('2026-12-02T04:00:00Z');
    await rate(ratedLater);
    expect(await listedUnder(ratedLater)).toEqual(['2026.2']);
  });
});
