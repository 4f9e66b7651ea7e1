import type { Command } from 'commander';
import { factsCommand } from '../commands/facts.command.js';
import { exitWith } from './exit-with.js';

export function registerFacts(program: Command): void {
  program
    .command('facts')
    .description('the fact catalogue as a Markdown table: type, Chinese label, who may record it')
    .action(exitWith(() => factsCommand()));
}
