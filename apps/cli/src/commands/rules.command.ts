import fs from 'node:fs';
import { formatProblems, parseRuleSet } from '#rules';
import { readRuleSetDirectory } from '#runtime';

export const RULES_USAGE = `  rules validate <directory|file.yaml>   check a rule set (rule-set.yaml + one file per memorandum, or one whole file):
                                         shape, then every reference to list types, facts and fields`;

export function rulesCommand(args: string[]): number {
  const [action, file] = args;
  if (action !== 'validate' || !file) {
    console.error(`usage:\n${RULES_USAGE}`);
    return 1;
  }
  if (!fs.existsSync(file)) {
    console.error(`no such file: ${file}`);
    return 1;
  }
  const result = fs.statSync(file).isDirectory() ? readRuleSetDirectory(file) : parseRuleSet(fs.readFileSync(file, 'utf8'), file);
  if (!result.ok) {
    console.error(formatProblems(result.problems));
    return 2;
  }
  const { ruleSet } = result;
  console.log(
    `${file}: ${ruleSet.ruleSet} ${ruleSet.version} (effective ${ruleSet.effectiveFrom}) is valid: ` +
      `${ruleSet.memoranda.length} memoranda, ${ruleSet.listTypes.length} list types, ${ruleSet.measures.length} measures`,
  );
  return 0;
}
