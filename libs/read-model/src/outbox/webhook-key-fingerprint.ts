import type { DataSource } from 'typeorm';

/**
 * The first process to use a webhook key records its fingerprint; a process holding another key is told so, since
 * the secrets it derives (and so its signatures) would not be the ones the departments were given.
 */
export async function webhookKeyAgrees(db: DataSource, fingerprint: string): Promise<boolean> {
  await db.query(`INSERT INTO delivery_key (id, fingerprint) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [fingerprint]);
  const [row] = await db.query(`SELECT fingerprint FROM delivery_key WHERE id = 1`);
  return row?.fingerprint === fingerprint;
}
