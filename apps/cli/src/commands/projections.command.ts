import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { ParkedEvents, projectionLag, projectionRunnerActive, readHorizon, replayParked, type Projection } from '#read-model';
import { openRuntime, type JiangchengConfig } from '#runtime';

export interface ProjectionsOptions {
  /** Absent: the overview. */
  readonly action?: 'parked' | 'replay-parked';
  /** A projection name; with `replay-parked` either it or `all` is needed. */
  readonly name?: string;
  readonly all?: boolean;
}

/** `only`: these projections instead of the runtime's (tests). */
export async function projectionsCommand(
  config: JiangchengConfig,
  only: readonly Projection[] | undefined,
  options: ProjectionsOptions,
): Promise<number> {
  const runtime = await openRuntime(config);
  const { storage } = runtime;
  try {
    const projections = only ?? runtime.projections;
    const known = projections.map((p) => p.name);
    if (options.name !== undefined && !known.includes(options.name)) {
      console.error(`unknown projection "${options.name}"; known: ${known.join(', ')}`);
      return 1;
    }
    if (options.action === 'replay-parked' && !options.name && !options.all) {
      console.error(`projections replay-parked needs a projection name or --all; known: ${known.join(', ')}`);
      return 1;
    }
    if (options.action === 'parked') return await listParked(storage.readModels, options.name);
    const chosen = projections.filter((p) => !options.name || p.name === options.name);
    if (options.action === 'replay-parked') return await replay(storage.readModels, storage.eventStore, chosen);
    return await overview(storage.readModels, storage.eventStore, projections);
  } finally {
    await storage.close();
  }
}

async function overview(readModels: DataSource, store: EventStore, projections: readonly Projection[]): Promise<number> {
  const parked = await new ParkedEvents(readModels).counts();
  for (const projection of projections) {
    const lag = await projectionLag(readModels, store, projection);
    const runnerActive = await projectionRunnerActive(readModels, projection.name);
    const parkedEvents = parked.find((count) => count.projection === projection.name)?.count ?? 0;
    console.log(JSON.stringify({ ...lag, parkedEvents, runner: runnerActive ? 'running' : 'none' }));
  }
  const horizon = await readHorizon(readModels).catch(() => undefined);
  if (horizon && horizon.heldBackEvents > 0) {
    const holder = horizon.holder;
    console.log(
      JSON.stringify({
        readsHeldBack: horizon.heldBackEvents,
        by: holder && { ...holder, openSeconds: holder.since ? Math.round((Date.now() - holder.since.getTime()) / 1000) : null },
      }),
    );
  }
  return 0;
}

async function listParked(readModels: DataSource, name: string | undefined): Promise<number> {
  const parked = await new ParkedEvents(readModels).list(name);
  if (parked.length === 0) console.log(name ? `${name}: no parked events` : 'no parked events');
  for (const event of parked) {
    console.log(
      `${event.projection}\t${event.eventId}\t${event.position}\t${event.type}\t${event.stream}@${event.revision}\t` +
        `first failed ${event.firstFailedAt.toISOString()}\tattempts ${event.attempts}\t${event.errorCode}: ${event.error}`,
    );
  }
  return 0;
}

async function replay(readModels: DataSource, store: EventStore, projections: readonly Projection[]): Promise<number> {
  let failed = 0;
  for (const projection of projections) {
    const outcome = await replayParked(readModels, store, projection);
    failed += outcome.failed.length;
    if (outcome.applied.length + outcome.failed.length === 0) continue;
    console.log(`${projection.name}: ${outcome.applied.length} applied, ${outcome.failed.length} still parked`);
    for (const event of outcome.failed)
      console.log(`  ${event.eventId}\t${event.position}\t${event.type}\t${event.errorCode}: ${event.error}`);
  }
  if (failed === 0) console.log('no parked events left');
  return failed === 0 ? 0 : 1;
}
