import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { decidedWagePart } from '../../../../libs/rules/src/testing/decided-wage-part.js';
import { loadRules } from '../../../../libs/rules/src/testing/rule-spec.js';
import { explain } from './rules-explain.js';

const rules = loadRules(decidedWagePart);
const SUBJECT = { code: '91110105MA01ABCD12', kind: 'enterprise', name: '某建筑公司' };
const line = (type: string, sourceRecordId: string, data: Record<string, unknown>) =>
  JSON.stringify({ type, subject: SUBJECT, sourceRecordId, data });

/** What `rules explain` prints for the subject's facts on `asOf`. */
function printed(lines: string[], asOf: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explain-'));
  const file = path.join(dir, 'facts.ndjson');
  fs.writeFileSync(file, lines.join('\n'));
  const log = jest.spyOn(console, 'log').mockImplementation(() => {});
  try {
    expect(explain(rules, file, SUBJECT.code, asOf)).toBe(0);
    return log.mock.calls.map((call) => String(call[0])).join('\n');
  } finally {
    log.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const finding = line('WageArrearsFound', 'finding-1', {
  decisionNumber: 'F1',
  foundOn: '2017-06-01',
  workers: 10,
  months: 3,
  amount: '250000.00',
});
const decided = (listedOn: string) =>
  line('ListingDecided', `decision-${listedOn}`, {
    decisionNumber: `列-${listedOn}`,
    listType: 'test-wage',
    grounds: ['F1'],
    basis: '测试',
    listedOn,
  });

describe('rules explain names the regime and the flags of every entry', () => {
  it('an entry decided under a regime prints its 文号 and effective dates; a missing step prints as a flag', () => {
    const out = printed([finding, decided('2021-12-31'), decided('2022-03-10')], '2022-06-01');
    expect(out).toContain('regime 旧办法 (test-old), in force from 2018-01-01 until 2022-01-01 (exclusive)');
    expect(out).toContain('regime 新办法 (test-new), in force from 2022-01-01');
    expect(out).toContain('flag step-missing (notice-served): 告知拟列入 (ListingNoticeServed) is not recorded on or before 2022-03-10');
  });

  it('a decision before every regime of its list type: regime not encoded — not decided', () => {
    const out = printed([finding, decided('2017-12-31')], '2018-06-01');
    expect(out).toContain(
      'test-wage: ListingDecided decision-2017-12-31 decided on 2017-12-31 — regime not encoded — not decided (the earliest regime encoded is 旧办法, in force from 2018-01-01)',
    );
    expect(out).not.toContain('no list entries');
  });
});
