import { formatPosition, LOG_START } from '#event-store';
import { rebuildProjections } from '#read-model';
import { openRuntime, type JiangchengConfig } from '#runtime';
import { progress } from '../progress.js';

export interface RebuildOptions {
  readonly projection?: string;
  readonly all?: boolean;
}

/** Replays one projection, or all in one pass, from zero into fresh tables, then switches over. */
export async function rebuildCommand(config: JiangchengConfig, options: RebuildOptions): Promise<number> {
  const { storage, projections } = await openRuntime(config);
  try {
    const chosen = projections.filter((p) => options.all || p.name === options.projection);
    if (Boolean(options.all) === Boolean(options.projection) || chosen.length === 0) {
      console.error(`rebuild needs a projection name or --all; known: ${projections.map((p) => p.name).join(', ')}`);
      return 1;
    }
    // KurrentDB has no cheap count of $all: there the bar runs without a total.
    const total = config.eventStoreUrl ? undefined : await storage.eventStore.countAfter(LOG_START, Number.MAX_SAFE_INTEGER);
    const bar = progress({ label: `rebuild ${options.all ? 'all' : options.projection}`, total, unit: 'events' });
    const started = Date.now();
    const generations = await rebuildProjections(storage.readModels, storage.eventStore, chosen, {
      // Every projection reports each batch: count the log once, by the first projection's progress.
      onProgress: (g) => g.projection === chosen[0].name && bar.update(g.eventsSeen),
    });
    bar.stop();
    for (const generation of generations) {
      console.log(
        `${generation.projection}: generation ${generation.generation} active, ${generation.eventsSeen} events, ` +
          `checkpoint ${generation.eventsSeen ? formatPosition(generation.checkpoint) : '(log start)'}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    return 0;
  } finally {
    await storage.close();
  }
}
