import { LOG_START, type EventStore } from '#event-store';
import { allProjections, rebuildProjections } from '#read-model';
import { loadShippedRuleSet, openStorage } from '#runtime';
import { progress } from '../../apps/cli/src/progress.js';
import type { BenchTarget } from './target.js';

export interface RebuildFigures {
  readonly events: number;
  /** Log events per second carried into every projection (the log's length over the time to rebuild them all). */
  readonly rebuildEventsPerSecond: number;
  readonly sequentialReadEventsPerSecond: number;
  readonly projections: number;
}

/** P3: every projection rebuilt from zero in one pass, as `cli rebuild --all` does, against reading the whole log in order. */
export async function rebuildAll(target: BenchTarget): Promise<RebuildFigures> {
  const storage = await openStorage(target.config);
  try {
    const before = await readWholeLog(storage.eventStore);
    const total = await storage.eventStore.countAfter(LOG_START, Number.MAX_SAFE_INTEGER); // outside the timing
    const started = process.hrtime.bigint();
    const projections = allProjections(loadShippedRuleSet().document.publicationPeriods ?? []);
    const bar = progress({ label: '  P3 rebuild', total, unit: 'events' });
    const generations = await rebuildProjections(storage.readModels, storage.eventStore, projections, {
      onProgress: (g) => g.projection === projections[0].name && bar.update(g.eventsSeen),
    });
    bar.stop();
    const events = generations[0]?.eventsSeen ?? 0;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const after = await readWholeLog(storage.eventStore);
    return {
      events,
      rebuildEventsPerSecond: events / seconds,
      sequentialReadEventsPerSecond: Math.max(before, after),
      projections: projections.length,
    };
  } finally {
    await storage.close();
  }
}

/** Events per second of a plain read of the log in global order, in the pages the projections read. */
async function readWholeLog(store: EventStore): Promise<number> {
  const started = process.hrtime.bigint();
  let events = 0;
  for (let after = LOG_START; ;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) break;
    events += page.length;
    after = page[page.length - 1].position;
  }
  return events / (Number(process.hrtime.bigint() - started) / 1e9);
}
