import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LOG_START } from '#event-store';
import { loadConfig, openStorage } from '#runtime';
import { BAD_LINES, factLine } from '../fixtures/fact-lines.js';
import { useImportPlace } from '../support/import-place.js';
import { backend } from '../support/test-storage.js';

const CLI = path.resolve('dist/apps/cli/src/main.js');
const imports = useImportPlace({ id: 'market', name: '市场监管局', roles: ['own-decisions'] });

const runImport = (file: string, department = ['--department', 'market']) => {
  const run = spawnSync(process.execPath, [CLI, 'import', file, ...department], { env: imports.env, encoding: 'utf8' });
  return { status: run.status, summary: JSON.parse(run.stdout.trim().split('\n').pop()!), stderr: run.stderr };
};

describe(`import from an NDJSON file (${backend})`, () => {
  it('imports 10,000 lines, reports each bad line by number, and records nothing twice on a re-run', async () => {
    const lines = Array.from({ length: 10_000 - BAD_LINES.length }, (_, n) => factLine(n, 700));
    const badAt = BAD_LINES.map((_, i) => 1000 * (i + 1) + i); // 0-based positions, spread through the file
    badAt.forEach((at, i) => lines.splice(at, 0, BAD_LINES[i]));
    const file = path.join(imports.directory, 'facts.ndjson');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);

    const first = runImport(file);
    expect(first.summary).toMatchObject({ lines: 10_000, accepted: 10_000 - BAD_LINES.length, duplicates: 0, rejected: BAD_LINES.length });
    expect(first.status).toBe(3);
    const report = fs
      .readFileSync(`${file}.rejected.ndjson`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(report.map((r) => r.line)).toEqual(badAt.map((at) => at + 1));
    expect(report[3]).toMatchObject({ kind: 'invalid', code: 'invalid-fact' });
    expect(report[3].problems).toEqual(expect.arrayContaining([{ path: 'data.fineAmountX', reason: 'is not a field of this fact type' }]));
    expect(report[4].problems[0]).toMatchObject({ path: 'subject.code' });
    expect(JSON.stringify(report)).not.toMatch(/"status"/); // a CLI report: no HTTP status

    // Off a terminal the progress is plain lines with the file's line count as total, ending with the tally.
    expect(first.stderr).not.toContain('\r');
    expect(first.stderr).toMatch(
      new RegExp(
        `^import ${file}: 10000/10000 lines \\(100%\\), \\d+ lines/s, in [\\d.]+ s — ${10_000 - BAD_LINES.length} accepted, 0 duplicates, ${BAD_LINES.length} rejected$`,
        'm',
      ),
    );

    const again = runImport(file, ['--department=market']);
    expect(again.summary).toMatchObject({ accepted: 0, duplicates: 10_000 - BAD_LINES.length, rejected: BAD_LINES.length });

    const rebuild = spawnSync(process.execPath, [CLI, 'rebuild', '--all'], { env: imports.env, encoding: 'utf8' });
    expect(rebuild.status).toBe(0);
    expect(rebuild.stderr).not.toContain('\r');
    const progressLines = rebuild.stderr.split('\n').filter((line) => line.startsWith('rebuild all: '));
    expect(new Set(progressLines).size).toBe(progressLines.length); // one line per report, not one per projection
    const events = Number(/ (\d+) events, checkpoint/.exec(rebuild.stdout)?.[1]);
    expect(progressLines.at(-1)).toMatch(new RegExp(`^rebuild all: ${events}/${events} events \\(100%\\), \\d+ events/s, in [\\d.]+ s$`));

    const storage = await openStorage(loadConfig(imports.env));
    try {
      // and, from the departments file imported by the first run, the market department's registration and key
      expect(await storage.eventStore.countAfter(LOG_START, 20_000)).toBe(10_000 - BAD_LINES.length + 2);
    } finally {
      await storage.close();
    }
  }, 300_000);

  it('a line with a NUL or a lone surrogate is reported with its line number; the other lines are written', async () => {
    const lines = Array.from({ length: 7 }, (_, n) => factLine(50_000 + n, 100_000));
    lines[3] = lines[3].replace('"测试企业', '"测试\\u0000企业');
    lines[5] = lines[5].replace('逾期未报送年度报告', '逾期\\ud800未报送');
    const file = path.join(imports.directory, 'nul.ndjson');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);

    const run = runImport(file);
    expect(run.summary).toMatchObject({ lines: 7, accepted: 5, rejected: 2 });
    const report = fs
      .readFileSync(`${file}.rejected.ndjson`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(report.map((r) => [r.line, r.kind, r.problems[0].path])).toEqual([
      [4, 'invalid', 'subject.name'],
      [6, 'invalid', 'data.violationFacts'],
    ]);
  });
});
