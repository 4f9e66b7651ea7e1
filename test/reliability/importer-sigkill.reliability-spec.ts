import fs from 'node:fs';
import { freshPlace, type TestPlace } from '../support/test-storage.js';
import { startProjector, waitForProjections } from './support/application.js';
import { killLeftoverProcesses, runCli, type NodeProcess } from './support/child-process.js';
import { departmentsForChildProcesses } from './support/child-departments.js';
import { withDatabase } from './support/database.js';
import { importKilledAt, importToEnd } from './support/killed-import.js';
import { compareLiveWithRebuild } from './support/read-model-comparison.js';
import { reliabilityDataset, type DatasetFile } from './support/reliability-dataset.js';
import { RELIABILITY_SEED, scenarioRandom, scratchDirectory } from './support/scenario.js';
import { difference, eventContent, storeIntegrity } from './support/store-checks.js';
import { PhaseClock, printSummary } from './support/summary.js';

const KILLS = 6;
const BATCH_SIZES = [50, 100, 250, 500];
/** The projector's expiry job first runs a minute after it starts; younger projectors cannot write events mid-import. */
const PROJECTOR_MAX_AGE_MS = 30_000;

const places: TestPlace[] = [];
const work = scratchDirectory('reliability-import');
afterAll(async () => {
  await killLeftoverProcesses();
  for (const place of places) await place.dispose();
  fs.rmSync(work, { recursive: true, force: true });
});

async function migratedPlace(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const place = await freshPlace();
  places.push(place);
  const placed = { ...env, ...place.env };
  await runCli(['migrate'], placed);
  return placed;
}

describe('SIGKILL of cli import (PostgreSQL)', () => {
  it('records every fact exactly once, as a clean import does, with live read models equal to a rebuild', async () => {
    const random = scenarioRandom(1);
    const phases = new PhaseClock();
    const dataset = await reliabilityDataset(work, RELIABILITY_SEED, 0.25);
    const departments = departmentsForChildProcesses(work, dataset.roles);
    const base = { ...process.env, ...departments.env, LOG_LEVEL: 'warn' };

    // The reference: the same files imported once each, without faults.
    const reference = await migratedPlace(base);
    for (const { file, department } of dataset.files) await importToEnd(reference, file, department);

    phases.lap('reference import');
    // Seeded kill moments: a file (the larger, the likelier), a line, a delay after it, the batch size.
    const kills = Array.from({ length: KILLS }, () => {
      const target = random.weighted(dataset.files.map((f) => [f, f.lines] as const));
      return {
        target,
        killAfterLine: random.int(1, Math.max(1, Math.floor(target.lines * 0.9))),
        delayMs: random.int(0, 150),
        batch: random.pick(BATCH_SIZES),
        alsoProjector: random.chance(0.4),
      };
    });

    const chaos = await migratedPlace(base);
    let projector: NodeProcess = await startProjector(chaos);
    let projectorSince = Date.now();
    const runs = { killed: 0, finishedBeforeKill: 0, projectorKills: 0, projectorRestarts: 0 };
    const restartProjector = async (counter: 'projectorKills' | 'projectorRestarts') => {
      await projector.stop('SIGKILL');
      projector = await startProjector(chaos);
      projectorSince = Date.now();
      runs[counter]++;
    };
    const renewAgedProjector = async () => {
      if (Date.now() - projectorSince > PROJECTOR_MAX_AGE_MS) await restartProjector('projectorRestarts');
    };
    const eventsAfterKill: number[] = [];
    const importFile = async ({ file, department }: DatasetFile) => {
      // In rising order of line, so that most reruns write new batches before they are killed.
      for (const kill of kills.filter((k) => k.target.file === file).sort((a, b) => a.killAfterLine - b.killAfterLine)) {
        await renewAgedProjector();
        const run = await importKilledAt(chaos, { file, department, ...kill });
        if (!run.killed) {
          runs.finishedBeforeKill++;
          continue;
        }
        runs.killed++;
        if (kill.alsoProjector) await restartProjector('projectorKills');
        eventsAfterKill.push((await withDatabase(chaos.DATABASE_URL!, storeIntegrity)).events);
      }
      await renewAgedProjector();
      await importToEnd(chaos, file, department);
    };
    for (const file of dataset.files) await importFile(file);

    phases.lap('import with kills');
    // The daily expiry job, run where it is due on both databases, so that both logs end the same way.
    await waitForProjections(chaos.DATABASE_URL!);
    await runCli(['expire'], chaos);
    await waitForProjections(chaos.DATABASE_URL!);
    await projector.stop('SIGTERM');
    await runCli(['rebuild', '--all'], reference);
    await runCli(['expire'], reference);

    phases.lap('catch-up and expiry');
    const integrity = await withDatabase(chaos.DATABASE_URL!, storeIntegrity);
    const referenceIntegrity = await withDatabase(reference.DATABASE_URL!, storeIntegrity);
    const content = difference(
      await withDatabase(reference.DATABASE_URL!, eventContent),
      await withDatabase(chaos.DATABASE_URL!, eventContent),
    );
    const tables = await withDatabase(chaos.DATABASE_URL!, (db) => compareLiveWithRebuild(db, chaos));

    phases.lap('checks and rebuild');
    printSummary('SIGKILL of cli import', {
      seed: RELIABILITY_SEED,
      lines: dataset.lines,
      'importer kills (landed / finished first)': `${runs.killed} / ${runs.finishedBeforeKill}`,
      'projector SIGKILLs / age restarts': `${runs.projectorKills} / ${runs.projectorRestarts}`,
      'events after each kill': eventsAfterKill.join(', '),
      'events (reference)': `${integrity.events} (${referenceIntegrity.events})`,
      facts: `${integrity.facts}, distinct ${integrity.distinctFacts}`,
      seconds: phases.toString(),
      'tables compared': tables.map((t) => `${t.table} ${t.rows}`).join(', '),
    });

    expect(runs.killed).toBeGreaterThanOrEqual(KILLS / 2);
    expect(integrity).toEqual(referenceIntegrity);
    expect(integrity.distinctEventIds).toBe(integrity.events);
    expect(integrity.distinctFacts).toBe(integrity.facts);
    expect(integrity.streamsWithGaps).toBe(0);
    expect(integrity.streamHeadsOff).toBe(0);
    expect(integrity.eventsByType).toHaveProperty('SubjectListed');
    expect(content).toEqual({ onlyLeft: [], onlyRight: [] });
    expect(tables.filter((t) => t.onlyLive || t.onlyRebuilt)).toEqual([]);
  });
});
