import { recordExpiries } from '#ingestion';
import { isValidLocalDate, todayInShanghai, type LocalDate } from '#kernel';
import { ListEntriesReader } from '#read-model';
import { openStorage, type JiangchengConfig } from '#runtime';
import { option } from './options.js';

export const EXPIRE_USAGE = `  expire [--as-of <YYYY-MM-DD>]  record the list entries whose term ran out (the daily job the projector runs hourly); idempotent`;

export async function expireCommand(config: JiangchengConfig, args: string[]): Promise<number> {
  const asOf = option(args, '--as-of') ?? todayInShanghai();
  if (!isValidLocalDate(asOf)) {
    console.error(`--as-of must be a real date YYYY-MM-DD, not "${asOf}"`);
    return 1;
  }
  const storage = await openStorage(config);
  try {
    const recorded = await recordExpiries(storage.eventStore, new ListEntriesReader(storage.readModels), asOf as LocalDate, 'cli:expire');
    console.log(`${recorded} list entr${recorded === 1 ? 'y' : 'ies'} recorded as expired as of ${asOf}`);
    return 0;
  } finally {
    await storage.close();
  }
}
