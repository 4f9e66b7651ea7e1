import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { webhookKey } from './webhook-key.js';

describe('webhook key', () => {
  it('is JIANGCHENG_WEBHOOK_KEY when set, else generated once into the data directory, owner-only, and read back', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-webhook-key-'));
    try {
      expect(webhookKey({ webhookKey: 'k'.repeat(32), dataDir })).toEqual({ key: 'k'.repeat(32), source: 'JIANGCHENG_WEBHOOK_KEY' });
      const first = webhookKey({ dataDir });
      expect(first).toEqual({ key: expect.stringMatching(/^[0-9a-f]{64}$/), source: 'generated' });
      expect(fs.statSync(path.join(dataDir, 'webhook.key')).mode & 0o777).toBe(0o600);
      expect(webhookKey({ dataDir })).toEqual({ key: first.key, source: 'data directory' });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('names the problem, rather than stopping the process, when there is no key and the data directory is unusable', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-webhook-key-')), 'a-file');
    fs.writeFileSync(file, '');
    const answer = webhookKey({ dataDir: file });
    expect(answer.key).toBeUndefined();
    expect(answer).toMatchObject({ problem: expect.stringContaining('JIANGCHENG_WEBHOOK_KEY is not set') });
  });
});
