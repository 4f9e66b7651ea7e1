import { recordExpiries } from '#ingestion';
import { todayInShanghai, type LocalDate } from '#kernel';
import { ListEntriesReader } from '#read-model';
import { openRuntime, type JiangchengConfig } from '#runtime';

/** Records the list entries whose term ran out by `asOf` (default today in Asia/Shanghai); idempotent. */
export async function expireCommand(config: JiangchengConfig, options: { asOf?: string }): Promise<number> {
  const { storage, clock } = await openRuntime(config);
  try {
    const asOf = options.asOf ?? todayInShanghai(clock.now());
    const recorded = await recordExpiries(storage.eventStore, new ListEntriesReader(storage.readModels), asOf as LocalDate, 'cli:expire');
    console.log(`${recorded} list entr${recorded === 1 ? 'y' : 'ies'} recorded as expired as of ${asOf}`);
    return 0;
  } finally {
    await storage.close();
  }
}
