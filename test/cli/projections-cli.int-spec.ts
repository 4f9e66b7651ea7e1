import { jest } from '@jest/globals';
import { testEvent } from '#event-store/testing';
import { ProjectionRunner } from '#read-model';
import { loadConfig, openStorage, type JiangchengConfig } from '#runtime';
import { projectionsCommand, type ProjectionsOptions } from '../../apps/cli/src/commands/projections.command.js';
import { POISON, PoisonedProjection } from '../fixtures/poisoned.projection.js';
import { backend, freshPlace, type TestPlace } from '../support/test-storage.js';

let place: TestPlace;
let config: JiangchengConfig;
const projection = new PoisonedProjection('cli-parked', 'cp_');
let poisonId: string;

beforeAll(async () => {
  place = await freshPlace();
  config = loadConfig({ ...place.env, LOG_LEVEL: 'silent' });
  // Set up and close again: in embedded mode the command needs the data directory for itself.
  const storage = await openStorage(config);
  try {
    const poison = testEvent(POISON);
    poisonId = poison.id;
    const { position } = await storage.eventStore.append('cli-parked-1', [testEvent(), poison, testEvent()]);
    await new ProjectionRunner(storage.readModels, storage.eventStore, projection).catchUp(position);
  } finally {
    await storage.close();
  }
});
afterAll(async () => {
  await place.dispose();
});

async function run(options: ProjectionsOptions): Promise<{ code: number; out: string }> {
  const printed: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const code = await projectionsCommand(config, [projection], options);
    return { code, out: printed.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe(`cli projections (${backend})`, () => {
  it('shows a parked count per projection, lists what is parked with the full error, and replays it after the fix', async () => {
    // One line per projection; a shared server's open transactions may add a `readsHeldBack` line.
    const overview = (await run({})).out
      .split('\n')
      .map((line) => JSON.parse(line))
      .find((line) => line.projection);
    expect(overview).toMatchObject({ projection: 'cli-parked', parkedEvents: 1, lagEvents: 0, runner: 'none' });

    const listed = await run({ action: 'parked', name: 'cli-parked' });
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(poisonId);
    expect(listed.out).toMatch(
      new RegExp(`${POISON}\\tcli-parked-1@1\\tfirst failed \\d{4}-\\d\\d-\\d\\dT.*attempts 1\\t22007: invalid input syntax for type date`),
    );

    const stillBroken = await run({ action: 'replay-parked', name: 'cli-parked' });
    expect(stillBroken).toMatchObject({ code: 1, out: expect.stringContaining('cli-parked: 0 applied, 1 still parked') });

    projection.fixed = true;
    const replayed = await run({ action: 'replay-parked', all: true });
    expect(replayed).toEqual({ code: 0, out: 'cli-parked: 1 applied, 0 still parked\nno parked events left' });
    expect((await run({ action: 'parked' })).out).toBe('no parked events');
  });

  it('refuses an unknown projection and a replay without a target', async () => {
    expect((await run({ action: 'parked', name: 'nope' })).code).toBe(1);
    expect((await run({ action: 'replay-parked' })).code).toBe(1);
  });
});
