import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRuleSet, formatProblems, parseRuleSetFiles, type CompiledRuleSet, type ParsedRuleSet } from '#rules';
import { StartupError } from './startup-error.js';

export const HEAD_FILE = 'rule-set.yaml';

/** A rule set kept as a directory: `rule-set.yaml` and one YAML file per memorandum. */
export function readRuleSetDirectory(directory: string): ParsedRuleSet {
  const read = (name: string) => ({ name: path.join(directory, name), text: fs.readFileSync(path.join(directory, name), 'utf8') });
  const parts = fs
    .readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name) && name !== HEAD_FILE)
    .sort()
    .map(read);
  return parseRuleSetFiles(read(HEAD_FILE), parts);
}

/** The rule set shipped with jiangcheng (`libs/rules/src/memoranda`, copied beside the build). */
export const SHIPPED_RULE_SET = fileURLToPath(new URL('../../rules/src/memoranda', import.meta.url));

export class RuleSetLoadError extends StartupError {}

/** The rule set shipped with this build, compiled: the first publication, in force until an activation. A rule set with any problem stops the start with every problem listed. */
export function loadShippedRuleSet(directory: string = SHIPPED_RULE_SET): CompiledRuleSet {
  const parsed = readRuleSetDirectory(directory);
  if (!parsed.ok) throw new RuleSetLoadError(`the rule set in ${directory} is not valid:\n${formatProblems(parsed.problems)}`);
  return compileRuleSet(parsed.ruleSet);
}
