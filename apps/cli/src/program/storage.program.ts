import type { Command } from 'commander';
import { loadConfig } from '#runtime';
import { expireCommand } from '../commands/expire.command.js';
import { migrateCommand } from '../commands/migrate.command.js';
import { localDate } from '../commands/options.js';
import { projectionLagCommand } from '../commands/projection-lag.command.js';
import { rebuildCommand } from '../commands/rebuild.command.js';
import { exitWith } from './exit-with.js';

export function registerStorage(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(exitWith(() => migrateCommand(loadConfig())));
  program
    .command('projections')
    .description('list projections with their generation, checkpoint and lag (one JSON line each)')
    .action(exitWith(() => projectionLagCommand(loadConfig())));
  program
    .command('rebuild')
    .description('replay a projection (or --all in one pass) from zero into fresh tables, then switch over')
    .argument('[projection]', 'the projection to rebuild')
    .option('--all', 'every projection, reading the log once')
    .action(exitWith((projection: string | undefined, options: { all?: boolean }) => rebuildCommand(loadConfig(), { projection, all: options.all })));
  program
    .command('expire')
    .description('record the list entries whose term ran out (the daily job the projector runs hourly); idempotent')
    .option('--as-of <YYYY-MM-DD>', 'the day to expire up to (default: today in Asia/Shanghai)', localDate)
    .action(exitWith((options: { asOf?: string }) => expireCommand(loadConfig(), options)));
}
