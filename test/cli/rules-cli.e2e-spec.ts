import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve('dist/apps/cli/src/main.js');
const MEMORANDA = path.resolve('libs/rules/src/memoranda');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, 'rules', ...args], { encoding: 'utf8' });

describe('npm run cli -- rules', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-rules-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('validate: the shipped rule set is valid and counts its memoranda; a broken copy fails naming file and path', () => {
    const ok = cli('validate', MEMORANDA);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/is valid: \d+ memoranda, \d+ list types, \d+ measures/);
    const broken = path.join(scratch, 'broken');
    fs.cpSync(MEMORANDA, broken, { recursive: true });
    const tax = path.join(broken, 'major-tax-cases.yaml');
    fs.writeFileSync(tax, fs.readFileSync(tax, 'utf8').replace('since: determinedOn', 'since: determinedDate'));
    const failed = cli('validate', broken);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain(`${tax}: listTypes[0].criteria[0].since: no field determinedDate`);
  });

  it('diff: names what changed between two rule sets', () => {
    const changed = path.join(scratch, 'changed');
    fs.cpSync(MEMORANDA, changed, { recursive: true });
    const tax = path.join(changed, 'major-tax-cases.yaml');
    fs.writeFileSync(
      tax,
      fs
        .readFileSync(tax, 'utf8')
        .replace('text: 纳税信用级别直接判为D级', 'text: 纳税信用级别直接判为D级（修订）')
        .replace(/ {2}- id: TAX\.CREDIT_REF[\s\S]*?(?= {2}- id: TAX\.PROCUREMENT)/, ''),
    );
    const result = cli('diff', MEMORANDA, changed);
    expect(result.stdout).toContain('~ measure TAX.D_GRADE: text changed');
    expect(result.stdout).toContain('- measure TAX.CREDIT_REF');
  });

  it('explain: a person reached as legal representative of a listed enterprise, with the proof', () => {
    const facts = path.join(scratch, 'facts.ndjson');
    const subject = { kind: 'enterprise', code: '91110000600037341L', name: '北京某某食品有限公司' };
    fs.writeFileSync(
      facts,
      [
        {
          type: 'RoleAppointed',
          sourceRecordId: 'r1',
          subject,
          data: { role: 'legal-representative', person: { idNumber: '11010519491231002X', name: '张三' }, from: '2020-01-01' },
        },
        {
          type: 'MajorTaxCaseDecided',
          sourceRecordId: 't1',
          subject,
          data: {
            decisionNumber: '京税稽罚〔2026〕17号',
            decisionDate: '2026-02-10',
            finalOn: '2026-03-15',
            determinedOn: '2026-03-15',
            violation: 'evasion',
            yearly: [{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }],
            unpaidAssessedTax: '1200000.00',
          },
        },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const result = cli(
      'explain',
      MEMORANDA,
      '--facts',
      facts,
      '--subject',
      '11010519491231002X',
      '--as-of',
      '2026-06-01',
      '--scenario',
      'exit-control',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('as legal-representative of 91110000600037341L');
    expect(result.stdout).toMatch(/TAX\.EXIT_BAN[\s\S]*because tax-exit-ban since 2026-03-15 as legal-representative: t1/);
    expect(cli('explain', MEMORANDA, '--facts', facts, '--subject', '11010519491231002X', '--as-of', '2026-03-14').stdout).not.toContain(
      '惩戒 TAX.',
    );
  });
});
