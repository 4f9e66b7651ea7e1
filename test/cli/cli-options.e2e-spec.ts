import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { cliProgram } from '../../apps/cli/src/program/program.js';

const CLI = path.resolve('dist/apps/cli/src/main.js');
const MEMORANDA = path.resolve('libs/rules/src/memoranda');
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent', ...env } });

/** Every command and subcommand path, e.g. ['rules', 'explain']. */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => [[...prefix, c.name()], ...commandPaths(c, [...prefix, c.name()])]);
}

describe('npm run cli: options, help and exit codes', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-cli-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('answers --help for every command and subcommand on stdout with exit 0', () => {
    const paths = commandPaths(cliProgram());
    expect(paths).toEqual(
      expect.arrayContaining([['import'], ['rebuild'], ['departments', 'add'], ['rules', 'explain'], ['rules', 'activate']]),
    );
    for (const command of paths) {
      const help = cli([...command, '--help']);
      expect({ command, status: help.status, usage: help.stdout.split('\n')[0] }).toEqual({
        command,
        status: 0,
        usage: expect.stringContaining(`Usage: npm run cli -- ${command.join(' ')}`),
      });
    }
    const top = cli(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toContain('Exit codes:');
    expect(top.stdout).toMatch(/3 {2}import finished, but some lines were rejected/);
  });

  it('shows the usage and exits 1 with no command, and names an unknown command', () => {
    const none = cli([]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('Usage: npm run cli --');
    const unknown = cli(['imprt']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("unknown command 'imprt'");
    expect(unknown.stderr).toContain('(Did you mean import?)');
  });

  it('names an unknown option (before any missing one) and exits 1', () => {
    const misspelt = cli(['import', 'facts.ndjson', '--departmnet', 'bj-scj']);
    expect(misspelt.status).toBe(1);
    expect(misspelt.stderr).toContain("error: unknown option '--departmnet'");
    expect(misspelt.stderr).toContain('(Did you mean --department?)');
    const missing = cli(['import', 'facts.ndjson']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("required option '--department <id>' not specified");
  });

  it('reads --x=y as --x y, and refuses an invalid value naming the option', () => {
    const facts = path.join(scratch, 'facts.ndjson');
    const subject = { kind: 'enterprise', code: '91110000600037341L', name: '北京某某食品有限公司' };
    fs.writeFileSync(
      facts,
      JSON.stringify({
        type: 'RoleAppointed',
        sourceRecordId: 'r1',
        subject,
        data: { role: 'legal-representative', person: { idNumber: '11010519491231002X', name: '张三' }, from: '2020-01-01' },
      }) + '\n',
    );
    const spaced = cli(['rules', 'explain', MEMORANDA, '--facts', facts, '--subject', '91110000600037341L', '--as-of', '2026-06-01']);
    const joined = cli(['rules', 'explain', MEMORANDA, `--facts=${facts}`, '--subject=91110000600037341L', '--as-of=2026-06-01']);
    expect(spaced.status).toBe(0);
    expect(joined.status).toBe(0);
    expect(joined.stdout).toBe(spaced.stdout);
    expect(joined.stdout).toContain('91110000600037341L');

    const badDate = cli(['expire', '--as-of=2026-02-30']);
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toContain("option '--as-of <YYYY-MM-DD>' argument '2026-02-30' is invalid. must be a real date YYYY-MM-DD");
    const badBatch = cli(['import', facts, '--department=market', '--batch=5000']);
    expect(badBatch.status).toBe(1);
    expect(badBatch.stderr).toContain('must be an integer from 1 to 1000');
  });

  it('exits 2 on a configuration error and on an invalid rule set', () => {
    const config = cli(['migrate'], { PORT: 'eighty' });
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('jiangcheng: ');
    expect(config.stderr).toContain('PORT');
    const broken = path.join(scratch, 'broken.yaml');
    fs.writeFileSync(broken, 'ruleSet: x\n');
    expect(cli(['rules', 'validate', broken]).status).toBe(2);
  });
});
