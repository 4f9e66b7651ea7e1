import type { Command } from 'commander';
import { loadConfig } from '#runtime';
import { importCommand } from '../commands/import.command.js';
import { integerFrom } from '../commands/options.js';
import { exitWith } from './exit-with.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import a department’s facts, one per line as in POST /v1/facts; safe to run again (duplicates are skipped)')
    .argument('<file.ndjson>', 'the facts, one JSON object per line')
    .requiredOption('--department <id>', 'the department recording them (see: departments list)')
    .option('--rejected <report.ndjson>', 'where rejected lines go, with their line numbers and problems (default: <file>.rejected.ndjson)')
    .option('--batch <n>', 'facts per append, 1–1000', integerFrom(1, 1000), 500)
    .addHelpText('after', '\nIn embedded mode stop the api first. Exit 3 when some lines were rejected: the others are recorded.')
    .action(
      exitWith((file: string, options: { department: string; rejected?: string; batch: number }) =>
        importCommand(loadConfig(), { file, ...options }),
      ),
    );
}
