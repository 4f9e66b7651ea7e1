import fs from 'node:fs';
import { freshPlace, type TestPlace } from '../support/test-storage.js';
import { freePort, startApi, startProjector, waitForProjections } from './support/application.js';
import { killLeftoverProcesses, runCli, type NodeProcess } from './support/child-process.js';
import { departmentsForChildProcesses } from './support/child-departments.js';
import { withDatabase } from './support/database.js';
import { postFacts } from './support/fact-poster.js';
import { compareLiveWithRebuild } from './support/read-model-comparison.js';
import { datasetFacts, reliabilityDataset } from './support/reliability-dataset.js';
import { RELIABILITY_SEED, scenarioRandom, scratchDirectory } from './support/scenario.js';
import { missingEventIds, storeIntegrity } from './support/store-checks.js';
import { PhaseClock, printSummary } from './support/summary.js';

const API_KILLS = 4;
const PROJECTOR_KILLS = 2;

let place: TestPlace;
const work = scratchDirectory('reliability-api');
afterAll(async () => {
  await killLeftoverProcesses();
  await place?.dispose();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('SIGKILL of the api and the projector while facts are POSTed (PostgreSQL)', () => {
  it('loses no acknowledged write, records nothing twice, and leaves live read models equal to a rebuild', async () => {
    const random = scenarioRandom(2);
    const phases = new PhaseClock();
    const dataset = await reliabilityDataset(work, RELIABILITY_SEED + 1, 0.2);
    const facts = datasetFacts(dataset);
    const departments = departmentsForChildProcesses(work, dataset.roles);
    place = await freshPlace();
    const env = { ...process.env, ...place.env, ...departments.env, LOG_LEVEL: 'warn' };
    await runCli(['migrate'], env);
    const port = await freePort();
    let api: NodeProcess = await startApi(env, port);
    let projector: Promise<NodeProcess> = startProjector(env);
    await projector;
    phases.lap('start');

    // Seeded faults, each when a share of the items has been answered (early enough for load to remain):
    // which process, how long after, how long it stays down, and whether the other one dies with it.
    const faults = [
      ...Array.from({ length: API_KILLS }, () => 'api' as const),
      ...Array.from({ length: PROJECTOR_KILLS }, () => 'projector' as const),
    ]
      .map((target) => ({
        target,
        at: random.int(5, 75) / 100,
        delayMs: random.int(0, 200),
        downMs: random.int(0, 500),
        together: random.chance(0.3),
      }))
      .sort((a, b) => a.at - b.at);
    let answered = 0;
    let posting = true;
    const load = postFacts(
      `http://127.0.0.1:${port}`,
      departments.keys,
      facts,
      { workers: 6, batchSize: 8, retryDelayMs: 100, giveUpAfterMs: 60_000 },
      (n) => (answered = n),
    ).finally(() => (posting = false));
    const kills = { api: 0, projector: 0 };
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const injectFaults = async () => {
      for (const fault of faults) {
        while (posting && answered < fault.at * facts.length) await sleep(20);
        if (!posting) return;
        await sleep(fault.delayMs);
        const targets = fault.together ? (['api', 'projector'] as const) : [fault.target];
        const killed = targets.map(async (target) => (target === 'api' ? api : await projector).stop('SIGKILL'));
        await Promise.all(killed);
        targets.forEach((target) => kills[target]++);
        await sleep(fault.downMs);
        // The projector restarts in the background: the load goes on meanwhile, and so may the next api kill.
        if (targets.includes('projector')) {
          projector = startProjector(env);
          projector.catch(() => {}); // awaited later; a failed start fails the test there
        }
        if (targets.includes('api')) api = await startApi(env, port);
      }
    };
    const [report] = await Promise.all([load, injectFaults()]);
    phases.lap('load with kills');

    await projector;
    await waitForProjections(place.env.DATABASE_URL);
    await Promise.all([api.stop('SIGTERM'), (await projector).stop('SIGTERM')]);
    phases.lap('catch-up');
    const acknowledged = report.answers.filter((a) => a.status === 'accepted' || a.status === 'duplicate').map((a) => a.eventId!);
    const missing = await withDatabase(place.env.DATABASE_URL, (db) => missingEventIds(db, acknowledged));
    const integrity = await withDatabase(place.env.DATABASE_URL, storeIntegrity);
    const tables = await withDatabase(place.env.DATABASE_URL, (db) => compareLiveWithRebuild(db, env));
    phases.lap('checks and rebuild');

    const answerCounts: Record<string, number> = {};
    for (const answer of report.answers) answerCounts[answer?.status ?? 'none'] = (answerCounts[answer?.status ?? 'none'] ?? 0) + 1;
    printSummary('SIGKILL of the api and the projector during POSTs', {
      seed: RELIABILITY_SEED,
      facts: facts.length,
      'kills (api / projector)': `${kills.api} / ${kills.projector}`,
      'requests (retried after a network error / 5xx)': `${report.requests} (${report.networkErrors} / ${report.serverErrors})`,
      answers: answerCounts,
      'acknowledged ids missing from the store': missing.length,
      events: `${integrity.events}, facts ${integrity.facts}, distinct ${integrity.distinctFacts}`,
      seconds: phases.toString(),
      'tables compared': tables.map((t) => `${t.table} ${t.rows}`).join(', '),
    });

    expect(kills.api).toBeGreaterThanOrEqual(API_KILLS - 1);
    expect(kills.projector).toBeGreaterThanOrEqual(PROJECTOR_KILLS);
    expect(report.answers.filter((a) => a.status !== 'accepted' && a.status !== 'duplicate')).toEqual([]);
    expect(missing).toEqual([]);
    expect(integrity.facts).toBe(facts.length);
    expect(integrity.distinctFacts).toBe(integrity.facts);
    expect(integrity.distinctEventIds).toBe(integrity.events);
    expect(integrity.streamsWithGaps).toBe(0);
    expect(integrity.streamHeadsOff).toBe(0);
    expect(tables.filter((t) => t.onlyLive || t.onlyRebuilt)).toEqual([]);
  });
});
