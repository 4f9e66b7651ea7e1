import { openStorage, type JiangchengConfig } from '#runtime';

/** Opening the storage applies pending migrations: say which, or that there were none. */
export async function migrateCommand(config: JiangchengConfig): Promise<number> {
  const storage = await openStorage(config);
  try {
    const applied = storage.migrationsApplied;
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
    return 0;
  } finally {
    await storage.close();
  }
}
