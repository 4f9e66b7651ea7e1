import { LOG_START, type EventStore } from '#event-store';
import { allProjections, rebuildProjection } from '#read-model';
import { loadActiveRuleSet, openStorage } from '#runtime';
import type { BenchTarget } from './target.js';

export interface RebuildFigures {
  readonly events: number;
  /** Log events per second carried into every projection (the log's length over the time to rebuild them all). */
  readonly rebuildEventsPerSecond: number;
  readonly sequentialReadEventsPerSecond: number;
  readonly perProjectionSeconds: Record<string, number>;
}

/** P3: every projection rebuilt from zero, as `cli rebuild --all` does, against reading the whole log in order. */
export async function rebuildAll(target: BenchTarget): Promise<RebuildFigures> {
  const storage = await openStorage(target.config);
  try {
    const before = await readWholeLog(storage.eventStore);
    const perProjectionSeconds: Record<string, number> = {};
    const started = process.hrtime.bigint();
    let events = 0;
    for (const projection of allProjections(loadActiveRuleSet().document.publicationPeriods ?? [])) {
      const t = process.hrtime.bigint();
      const generation = await rebuildProjection(storage.readModels, storage.eventStore, projection, {
        onProgress: (g) => process.stderr.write(`\r  P3 ${projection.name}: ${g.eventsSeen} events`),
      });
      process.stderr.write('\n');
      events = generation.eventsSeen;
      perProjectionSeconds[projection.name] = Number(process.hrtime.bigint() - t) / 1e9;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const after = await readWholeLog(storage.eventStore);
    return {
      events,
      rebuildEventsPerSecond: events / seconds,
      sequentialReadEventsPerSecond: Math.max(before, after),
      perProjectionSeconds,
    };
  } finally {
    await storage.close();
  }
}

/** Events per second of a plain read of the log in global order, in the pages the projections read. */
async function readWholeLog(store: EventStore): Promise<number> {
  const started = process.hrtime.bigint();
  let events = 0;
  for (let after = LOG_START; ; ) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) break;
    events += page.length;
    after = page[page.length - 1].position;
  }
  return events / (Number(process.hrtime.bigint() - started) / 1e9);
}
