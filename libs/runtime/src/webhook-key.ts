import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { JiangchengConfig } from './config.js';
import { ensureWritableDirectory } from './data-dir.js';

export type WebhookKey =
  | {
      readonly key: string;
      /** Where it came from, for the start-up log. */
      readonly source: 'JIANGCHENG_WEBHOOK_KEY' | 'generated' | 'data directory';
    }
  /** No variable and no usable data directory: webhooks are off, everything else runs. */
  | { readonly key?: undefined; readonly problem: string };

const KEY_FILE = 'webhook.key';

/**
 * The server key webhook secrets are derived from: JIANGCHENG_WEBHOOK_KEY, else `<DATA_DIR>/webhook.key`, generated
 * once (owner-only). With PostgreSQL, processes on other machines need the same key: set the variable there (the
 * database keeps a fingerprint, and a process holding another key delivers nothing and creates no subscription).
 */
export function webhookKey(config: Pick<JiangchengConfig, 'webhookKey' | 'dataDir'>): WebhookKey {
  if (config.webhookKey) return { key: config.webhookKey, source: 'JIANGCHENG_WEBHOOK_KEY' };
  const file = path.join(config.dataDir, KEY_FILE);
  try {
    ensureWritableDirectory(config.dataDir);
    try {
      fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
      return { key: fs.readFileSync(file, 'utf8').trim(), source: 'generated' };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return { key: fs.readFileSync(file, 'utf8').trim(), source: 'data directory' };
  } catch (error) {
    return { problem: `JIANGCHENG_WEBHOOK_KEY is not set and ${file} cannot be used (${(error as Error).message})` };
  }
}
