/**
 * Latency of GET /v1/subjects/{code}/measures on a dataset of N enterprises (default 100,000), each
 * with a legal representative; every 20th is a dishonest judgment debtor (black-listed, reaching the
 * representative), every 10th an A-grade taxpayer (red-listed). Facts go in through the engine
 * (FactRecorder: validation, deciders, listing, append); the api then answers from the projections.
 * `DATABASE_URL=… npm run bench:measures -- [enterprises] [requests] [concurrency]` (needs an empty database).
 */
import http from 'node:http';
import { DepartmentDirectory, FactCatalogue, newApiKey, type Department } from '#credit';
import { FactRecorder } from '#ingestion';
import { fixedClock } from '#kernel';
import { allProjections, projectionLag } from '#read-model';
import { loadShippedRuleSet, loadConfig, openStorage } from '#runtime';
import { courtListing, enterpriseCode } from '../test/fixtures/fact-lines.js';
import { createApi } from '../apps/api/src/create-api.js';
import { residentId } from './resident-id.js';

const [enterprises = 100_000, requests = 20_000, concurrency = 8] = process.argv.slice(2).map(Number);
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', RUN_PROJECTIONS_IN_API: 'true' });
const storage = await openStorage(config);
const rules = loadShippedRuleSet();
const clock = fixedClock('2026-11-20T04:00:00Z');
const keyed = (id: string, roles: Department['roles']) => {
  const { key, record } = newApiKey();
  return { key, department: { id, name: id, roles, keys: [record] } as Department };
};
const market = keyed('market', ['own-decisions', 'registration']);
const court = keyed('court', ['court']);
const tax = keyed('tax', ['tax']);
const caller = (d: Department) => ({ department: d, keyId: d.keys[0].id });
const recorder = new FactRecorder(storage.eventStore, new FactCatalogue(), clock, { rules });

const subject = (n: number) => ({ kind: 'enterprise', code: enterpriseCode(n), name: `测试企业${n}` });
const started = Date.now();
for (let from = 0; from < enterprises; from += 1000) {
  const ns = Array.from({ length: Math.min(1000, enterprises - from) }, (_, i) => from + i);
  await recorder.record(
    ns.map((n) => ({
      type: 'RoleAppointed',
      sourceRecordId: `role-${n}`,
      subject: subject(n),
      data: { role: 'legal-representative', person: { idNumber: residentId(n), name: `代表${n}` }, from: '2020-01-01' },
    })),
    caller(market.department),
    `bench-${from}`,
  );
  await recorder.record(
    ns.filter((n) => n % 20 === 0).map((n) => courtListing(`court-${n}`, subject(n), n)),
    caller(court.department),
    `bench-court-${from}`,
  );
  await recorder.record(
    ns
      .filter((n) => n % 10 === 5)
      .map((n) => ({
        type: 'TaxCreditRated',
        sourceRecordId: `rating-${n}`,
        subject: subject(n),
        data: { year: 2025, level: 'A', publishedOn: '2026-04-20' },
      })),
    caller(tax.department),
    `bench-tax-${from}`,
  );
  process.stderr.write(`\r${from + ns.length} enterprises recorded`);
}
process.stderr.write(`\nrecorded in ${((Date.now() - started) / 1000).toFixed(0)} s; projecting…\n`);

const app = await createApi(config, storage, {
  clock,
  shipped: rules,
  departments: new DepartmentDirectory([market.department, court.department, tax.department]),
});
await app.listen(0, '127.0.0.1');
const { port } = new URL(await app.getUrl());
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const get = (path: string) =>
  new Promise<number>((resolve, reject) => {
    const t = process.hrtime.bigint();
    http
      .get({ host: '127.0.0.1', port, path, agent, headers: { 'x-api-key': market.key } }, (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - t) / 1e6) : reject(new Error(`${path}: ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
// wait for the projections: the last enterprise's listing is visible
for (;;) {
  const lags = await Promise.all(
    allProjections(rules.document.publicationPeriods ?? []).map((p) => projectionLag(storage.readModels, storage.eventStore, p)),
  );
  if (lags.every((lag) => lag.generation !== undefined && lag.lagEvents === 0)) break;
  await new Promise((r) => setTimeout(r, 2000));
}
process.stderr.write(`projected after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

async function load(paths: (i: number) => string): Promise<{ p50: number; p99: number; rps: number }> {
  const times: number[] = [];
  let next = 0;
  const t = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < requests; i = next++) times.push(await get(paths(i)));
    }),
  );
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(times.length * 0.5)],
    p99: times[Math.floor(times.length * 0.99)],
    rps: Math.round(requests / ((Date.now() - t) / 1000)),
  };
}
const random = (i: number) => (i * 7919) % enterprises;
await load((i) => `/v1/subjects/${enterpriseCode(random(i))}/measures?asOf=2026-07-01`); // warm-up
const measures = await load((i) => `/v1/subjects/${enterpriseCode(random(i))}/measures?asOf=2026-07-01`);
const persons = await load((i) => `/v1/subjects/${residentId(random(i))}/measures?asOf=2026-07-01&purpose=bench`);
const trivial = await load(() => '/health/live');
console.log(JSON.stringify({ enterprises, requests, concurrency, measures, persons, trivial }, null, 2));
await app.close();
