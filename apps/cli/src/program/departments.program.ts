import type { Command } from 'commander';
import { RECORDER_ROLES } from '#credit';
import { loadConfig } from '#runtime';
import { departmentsCommand } from '../commands/departments.command.js';
import { exitWith } from './exit-with.js';

const ROLES = `of ${Object.entries(RECORDER_ROLES)
  .map(([role, label]) => `${role} (${label})`)
  .join(', ')}`;

/** departments.command.ts reads its own argument list: hand it the parsed values in that form. */
export function registerDepartments(program: Command): void {
  const departments = program
    .command('departments')
    .description('the departments, their roles and API keys: events on the departments stream, followed by running apis within seconds');
  const run = (...args: string[]) => departmentsCommand(loadConfig(), args);
  departments
    .command('list')
    .description('each department with its roles and key ids')
    .action(exitWith(() => run('list')));
  departments
    .command('add')
    .description('register a department and print its first API key once (an existing id is refused: use add-key or set-roles)')
    .argument('<id>', 'lower-case letters, digits and -, e.g. bj-scj')
    .requiredOption('--name <名称>', 'the department’s name')
    .requiredOption('--roles <role,role…>', ROLES)
    .action(
      exitWith((id: string, options: { name: string; roles: string }) => run('add', id, '--name', options.name, '--roles', options.roles)),
    );
  departments
    .command('add-key')
    .description('another API key for a department, printed once')
    .argument('<id>')
    .action(exitWith((id: string) => run('add-key', id)));
  departments
    .command('set-roles')
    .description('change what a department may record (the only command that changes roles)')
    .argument('<id>')
    .requiredOption('--roles <role,role…>', ROLES)
    .action(exitWith((id: string, options: { roles: string }) => run('set-roles', id, '--roles', options.roles)));
  departments
    .command('revoke-key')
    .description('revoke a key by its id; running apis refuse it within seconds')
    .argument('<key id>')
    .action(exitWith((keyId: string) => run('revoke-key', keyId)));
  departments
    .command('import')
    .description('record the departments and keys of a departments.json file (once; safe to repeat)')
    .argument('<departments.json>')
    .action(exitWith((file: string) => run('import', file)));
}
