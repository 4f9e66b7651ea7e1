import fs from 'node:fs';
import { compileRuleSet, formatProblems, parseRuleSet, type RuleSetDocument } from '#rules';
import { diff } from './rules-diff.js';
import { explain } from './rules-explain.js';
import { listInferred } from './rules-inferred.js';
import { readRuleSetDirectory } from '#runtime';
import { option } from './options.js';

export const RULES_USAGE = `  rules validate <rule set>     check a rule set (a directory: rule-set.yaml + one file per memorandum, or one whole file):
                                shape, then every reference to list types, facts and fields
  rules diff <rule set a> <rule set b>   memoranda, list types, criteria and measures added, removed, changed
  rules inferred <rule set>     every item marked inferred (not stated by the sources read) or local (from a local text)
  rules explain <rule set> --facts <file.ndjson> --subject <code> --as-of <YYYY-MM-DD> [--scenario <scenario>]
                                the subject's lists and measures on that date (and a person's through their roles), with proof`;

export function rulesCommand(args: string[]): number {
  const [action, ...rest] = args;
  if (action === 'validate' && rest[0]) {
    const result = load(rest[0]);
    if (!result) return 2;
    console.log(
      `${rest[0]}: ${result.ruleSet} ${result.version} (effective ${result.effectiveFrom}) is valid: ` +
        `${result.memoranda.length} memoranda, ${result.listTypes.length} list types, ${result.measures.length} measures` +
        `${result.publicationPeriods ? `, ${result.publicationPeriods.length} publication regimes` : ''}`,
    );
    for (const memorandum of result.memoranda) {
      const measures = result.measures.filter((m) => m.memorandum === memorandum.id).length;
      console.log(`  ${memorandum.documentNumber ?? '(no 文号)'} ${memorandum.title}: ${memorandum.listTypes.length} list type(s), ${measures} measure(s)`);
    }
    return 0;
  }
  if (action === 'inferred' && rest[0]) {
    const ruleSet = load(rest[0]);
    return ruleSet ? listInferred(ruleSet) : 2;
  }
  if (action === 'diff' && rest[0] && rest[1]) {
    const [a, b] = [load(rest[0]), load(rest[1])];
    return a && b ? diff(a, b) : 2;
  }
  if (action === 'explain' && rest[0]) {
    const [factsFile, subject, asOf] = [option(rest, '--facts'), option(rest, '--subject'), option(rest, '--as-of')];
    if (!factsFile || !subject || !asOf || !fs.existsSync(factsFile)) {
      console.error(`usage:\n${RULES_USAGE}`);
      return 1;
    }
    const ruleSet = load(rest[0]);
    return ruleSet ? explain(compileRuleSet(ruleSet), factsFile, subject, asOf, option(rest, '--scenario')) : 2;
  }
  console.error(`usage:\n${RULES_USAGE}`);
  return 1;
}

function load(file: string): RuleSetDocument | undefined {
  if (!fs.existsSync(file)) {
    console.error(`no such file or directory: ${file}`);
    return undefined;
  }
  const result = fs.statSync(file).isDirectory() ? readRuleSetDirectory(file) : parseRuleSet(fs.readFileSync(file, 'utf8'), file);
  if (!result.ok) {
    console.error(formatProblems(result.problems));
    return undefined;
  }
  return result.ruleSet;
}
