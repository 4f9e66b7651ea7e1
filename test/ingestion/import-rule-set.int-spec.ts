import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FactCatalogue, SUBJECT_LISTED, subjectStream } from '#credit';
import { activateRuleSet, publishRuleSet } from '#ingestion';
import { loadConfig, loadShippedRuleSet, openStorage } from '#runtime';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { aLevelMovedToB } from '../fixtures/next-rule-sets.js';
import { useImportPlace } from '../support/import-place.js';
import { backend } from '../support/test-storage.js';

const CLI = path.resolve('dist/apps/cli/src/main.js');
const imports = useImportPlace({ id: 'tax', name: '税务局', roles: ['tax'] });

const rating = (n: number, level: string) =>
  JSON.stringify({
    type: 'TaxCreditRated',
    sourceRecordId: `rating-${n}`,
    subject: { kind: 'enterprise', code: enterpriseCode(n), name: `测试企业${n}` },
    data: { year: 2025, level, publishedOn: '2026-04-20' },
  });

describe(`import under the activated rule set (${backend})`, () => {
  it('after an activation in force today, `cli import` records listings under the activated version', async () => {
    const shipped = loadShippedRuleSet();
    const storage = await openStorage(loadConfig(imports.env));
    try {
      await publishRuleSet(storage.eventStore, aLevelMovedToB(shipped), 'test');
      await activateRuleSet(storage.eventStore, new FactCatalogue(), '2026.2', '2026-01-01', shipped, { actor: 'test' });
    } finally {
      await storage.close();
    }
    const file = path.join(imports.directory, 'ratings.ndjson');
    fs.writeFileSync(file, `${rating(8001, 'A')}\n${rating(8002, 'B')}\n`);
    const run = spawnSync(process.execPath, [CLI, 'import', file, '--department', 'tax'], { env: imports.env, encoding: 'utf8' });
    expect(run.stderr).not.toContain('jiangcheng:');
    expect(run.status).toBe(0);

    const reopened = await openStorage(loadConfig(imports.env));
    try {
      const listings = async (n: number) =>
        (await reopened.eventStore.readStream(subjectStream(enterpriseCode(n)))).filter((e) => e.type === SUBJECT_LISTED);
      expect(await listings(8001)).toEqual([]);
      expect(await listings(8002)).toEqual([
        expect.objectContaining({
          data: expect.objectContaining({ listType: 'a-level-taxpayer', ruleSet: expect.objectContaining({ version: '2026.2' }) }),
        }),
      ]);
    } finally {
      await reopened.close();
    }
  });
});
