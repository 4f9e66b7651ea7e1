import { allProjections, projectionLag } from '#read-model';
import { loadActiveRuleSet, openStorage, type JiangchengConfig } from '#runtime';

/** One JSON line per projection: its generation, checkpoint and lag behind the log. */
export async function projectionLagCommand(config: JiangchengConfig): Promise<number> {
  const projections = allProjections(loadActiveRuleSet().document.publicationPeriods ?? []);
  const storage = await openStorage(config);
  try {
    for (const projection of projections) console.log(JSON.stringify(await projectionLag(storage.readModels, storage.eventStore, projection)));
    return 0;
  } finally {
    await storage.close();
  }
}
