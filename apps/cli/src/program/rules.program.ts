import type { Command } from 'commander';
import { SCENARIOS } from '#rules';
import { loadConfig } from '#runtime';
import { localDate } from '../commands/options.js';
import { ruleSetLifecycleCommand } from '../commands/rule-set-lifecycle.command.js';
import { rulesDiffCommand, rulesExplainCommand, rulesInferredCommand, rulesValidateCommand } from '../commands/rules.command.js';
import { exitWith } from './exit-with.js';

const RULE_SET = 'a directory (rule-set.yaml + one file per memorandum) or one whole file';

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('check, compare, explain, publish and activate rule sets');
  rules
    .command('validate')
    .description('check a rule set: shape, then every reference to list types, facts and fields')
    .argument('<rule set>', RULE_SET)
    .action(exitWith((ruleSet: string) => rulesValidateCommand(ruleSet)));
  rules
    .command('diff')
    .description('memoranda, list types, criteria and measures added, removed, changed')
    .argument('<rule set a>')
    .argument('<rule set b>')
    .action(exitWith((a: string, b: string) => rulesDiffCommand(a, b)));
  rules
    .command('inferred')
    .description('every item marked inferred (not stated by the sources read) or local (from a local text)')
    .argument('<rule set>', RULE_SET)
    .action(exitWith((ruleSet: string) => rulesInferredCommand(ruleSet)));
  rules
    .command('explain')
    .description('the subject’s lists and measures on that date (and a person’s through their roles), with proof')
    .argument('<rule set>', RULE_SET)
    .requiredOption('--facts <file.ndjson>', 'the facts, as for import')
    .requiredOption('--subject <code>', '统一社会信用代码 or 身份证号')
    .requiredOption('--as-of <YYYY-MM-DD>', 'the day', localDate)
    .option('--scenario <scenario>', `one of ${Object.keys(SCENARIOS).join(', ')}`)
    .action(
      exitWith((ruleSet: string, options: { facts: string; subject: string; asOf: string; scenario?: string }) =>
        rulesExplainCommand(ruleSet, options),
      ),
    );
  rules
    .command('publish')
    .description('record a validated rule set as published (an event on the rule-sets stream)')
    .argument('<rule set>', RULE_SET)
    .action(exitWith((ruleSet: string) => ruleSetLifecycleCommand(loadConfig(), 'publish', { ruleSet })));
  rules
    .command('history')
    .description('published versions and activations')
    .action(exitWith(() => ruleSetLifecycleCommand(loadConfig(), 'history', {})));
  for (const action of ['preview', 'activate'] as const) {
    rules
      .command(action)
      .description(
        action === 'preview'
          ? 'which subjects would gain or lose list entries and measures if the version were activated'
          : 'activate it: re-evaluates the affected subjects and records their listing changes from that date; running processes apply it from that date, no restart needed',
      )
      .argument('<version>', 'a published version')
      .requiredOption('--effective-from <YYYY-MM-DD>', 'the first day it applies', localDate)
      .option('--json', 'the plan as JSON')
      .action(
        exitWith((version: string, options: { effectiveFrom: string; json?: boolean }) =>
          ruleSetLifecycleCommand(loadConfig(), action, { version, ...options }),
        ),
      );
  }
}
