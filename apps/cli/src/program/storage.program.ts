import type { Command } from 'commander';
import { loadConfig } from '#runtime';
import { expireCommand } from '../commands/expire.command.js';
import { migrateCommand } from '../commands/migrate.command.js';
import { localDate } from '../commands/options.js';
import { projectionsCommand } from '../commands/projections.command.js';
import { rebuildCommand } from '../commands/rebuild.command.js';
import { verifyCommand } from '../commands/verify.command.js';
import { exitWith } from './exit-with.js';

export function registerStorage(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(exitWith(() => migrateCommand(loadConfig())));
  const projections = program
    .command('projections')
    .description(
      'each projection: generation, checkpoint, lag, parked events, whether a projector runs it, and the transaction holding reads back, if any (one JSON line each)',
    )
    .action(exitWith(() => projectionsCommand(loadConfig(), undefined, {})));
  projections
    .command('parked')
    .description('the events a projection could not apply: id, position, type, error, when')
    .argument('[projection]')
    .action(exitWith((name: string | undefined) => projectionsCommand(loadConfig(), undefined, { action: 'parked', name })));
  projections
    .command('replay-parked')
    .description('apply parked events again after fixing their cause (exit 1 if some still fail)')
    .argument('[projection]')
    .option('--all', 'every projection')
    .action(
      exitWith((name: string | undefined, options: { all?: boolean }) =>
        projectionsCommand(loadConfig(), undefined, { action: 'replay-parked', name, all: options.all ?? false }),
      ),
    );
  program
    .command('rebuild')
    .description('replay a projection (or --all in one pass) from zero into fresh tables, then switch over')
    .argument('[projection]', 'the projection to rebuild')
    .option('--all', 'every projection, reading the log once')
    .action(
      exitWith((projection: string | undefined, options: { all?: boolean }) =>
        rebuildCommand(loadConfig(), { projection, all: options.all }),
      ),
    );
  program
    .command('expire')
    .description('record the list entries whose term ran out (the daily job the projector runs hourly); idempotent')
    .option('--as-of <YYYY-MM-DD>', 'the day to expire up to (default: today in Asia/Shanghai)', localDate)
    .action(exitWith((options: { asOf?: string }) => expireCommand(loadConfig(), options)));
  registerVerify(program);
}

function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      'check that no event was changed, removed or inserted after the fact: both hash chains, per stream and the sealed global order',
    )
    .option('--head <n:hash>', 'a head printed by an earlier verify and kept outside the database')
    .addHelpText('after', '\nExit 0: intact. Exit 3: broken; the first broken link of each chain is named.')
    .action(exitWith((options: { head?: string }) => verifyCommand(loadConfig(), options)));
}
