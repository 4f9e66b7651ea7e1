import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { formatPosition, type GlobalPosition } from '#event-store';
import { testEvent } from '#event-store/testing';
import { ProjectionRunner } from '#read-model';
import { loadConfig, openStorage, type Storage } from '#runtime';
import { CountingProjection } from '../fixtures/counting.projection.js';
import { backend, freshPlace, type TestPlace } from '../support/test-storage.js';

const CHILD = path.resolve('dist/test/fixtures/crash-projector.js');

let place: TestPlace;
beforeAll(async () => {
  place = await freshPlace();
});
afterAll(async () => {
  await place.dispose();
});

/** Embedded PGlite allows one process at a time, so the test opens storage only while no child runs. */
async function withStorage<T>(work: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await openStorage(loadConfig({ ...place.env, LOG_LEVEL: 'silent' }));
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

function startProjector(slowApplyMs: number, until: GlobalPosition) {
  const child = spawn(process.execPath, [CHILD], {
    env: { ...process.env, ...place.env, SLOW_APPLY_MS: String(slowApplyMs), UNTIL: formatPosition(until) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const nextLine = (match: RegExp) =>
    new Promise<string>((resolve, reject) => {
      lines.on('line', (line) => match.test(line) && resolve(line));
      void exited.then(() => reject(new Error(`projector exited before printing ${match}`)));
    });
  return { child, exited, nextLine };
}

describe(`projection crash (${backend})`, () => {
  it('SIGKILL in the middle of a batch, restart: the read model equals a clean replay', async () => {
    const last = await withStorage(async ({ eventStore }) => {
      let appended;
      for (let stream = 0; stream < 20; stream++) {
        appended = await eventStore.append(
          `crash-${stream}`,
          Array.from({ length: 10 }, () => testEvent()),
        );
      }
      return appended!.position;
    });

    const doomed = startProjector(1500, last);
    await doomed.nextLine(/^applying 3 /); // two batches committed, the third inside its transaction
    doomed.child.kill('SIGKILL');
    expect((await doomed.exited)[1]).toBe('SIGKILL');

    const survivor = startProjector(0, last);
    await survivor.nextLine(/^caught-up$/);
    expect((await survivor.exited)[0]).toBe(0);

    await withStorage(async ({ readModels, eventStore }) => {
      const crashed = new CountingProjection('counting');
      const replay = new CountingProjection('clean-replay', 'replay_');
      await new ProjectionRunner(readModels, eventStore, replay, { batchSize: 1000 }).catchUp(last);
      const dump = (view: string) =>
        readModels.query(`SELECT stream_id, revision::int, event_id FROM ${view} ORDER BY stream_id, revision`);
      const counts = (view: string) => readModels.query(`SELECT stream_id, events::int FROM ${view} ORDER BY stream_id`);
      expect(await dump(crashed.view('counted_events'))).toHaveLength(200);
      expect(await dump(crashed.view('counted_events'))).toEqual(await dump(replay.view('counted_events')));
      expect(await counts(crashed.view('counted_streams'))).toEqual(await counts(replay.view('counted_streams')));
    });
  });
});
