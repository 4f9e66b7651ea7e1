import type { Command } from 'commander';
import { RECORDER_ROLES } from '#credit';
import { loadConfig } from '#runtime';
import { departmentsCommand } from '../commands/departments.command.js';
import { exitWith } from './exit-with.js';

/** departments.command.ts still reads its own argument list: hand it the parsed values in that form. */
export function registerDepartments(program: Command): void {
  const departments = program.command('departments').description('the departments and their API keys (the api reads them at start)');
  departments
    .command('list')
    .description('each department with its roles and key ids')
    .action(exitWith(() => departmentsCommand(loadConfig(), ['list'])));
  departments
    .command('add')
    .description('add a department (or a key to one) and print its new API key once')
    .argument('<id>', 'e.g. bj-scj')
    .option('--name <名称>', 'required for a new department')
    .option('--roles <role,role…>', `required for a new department; of ${Object.entries(RECORDER_ROLES).map(([role, label]) => `${role} (${label})`).join(', ')}`)
    .action(
      exitWith((id: string, options: { name?: string; roles?: string }) =>
        departmentsCommand(loadConfig(), ['add', id, ...(options.name ? ['--name', options.name] : []), ...(options.roles ? ['--roles', options.roles] : [])]),
      ),
    );
  departments
    .command('revoke-key')
    .description('revoke a key by its id (restart the api to apply)')
    .argument('<key id>')
    .action(exitWith((keyId: string) => departmentsCommand(loadConfig(), ['revoke-key', keyId])));
}
