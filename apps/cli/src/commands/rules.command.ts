import fs from 'node:fs';
import { compileRuleSet, formatProblems, parseRuleSet, type RuleSetDocument } from '#rules';
import { readRuleSetDirectory } from '#runtime';
import { diff } from './rules-diff.js';
import { explain } from './rules-explain.js';
import { listInferred } from './rules-inferred.js';

/** `rules validate`: shape, then every reference to list types, facts and fields. Exit 2 when invalid. */
export function rulesValidateCommand(ruleSet: string): number {
  const result = load(ruleSet);
  if (!result) return 2;
  console.log(
    `${ruleSet}: ${result.ruleSet} ${result.version} (effective ${result.effectiveFrom}) is valid: ` +
      `${result.memoranda.length} memoranda, ${result.listTypes.length} list types, ${result.measures.length} measures` +
      `${result.publicationPeriods ? `, ${result.publicationPeriods.length} publication regimes` : ''}`,
  );
  for (const memorandum of result.memoranda) {
    const measures = result.measures.filter((m) => m.memorandum === memorandum.id).length;
    console.log(
      `  ${memorandum.documentNumber ?? '(no 文号)'} ${memorandum.title}: ${memorandum.listTypes.length} list type(s), ${measures} measure(s)`,
    );
  }
  return 0;
}

export function rulesInferredCommand(ruleSet: string): number {
  const document = load(ruleSet);
  return document ? listInferred(document) : 2;
}

export function rulesDiffCommand(before: string, after: string): number {
  const [a, b] = [load(before), load(after)];
  return a && b ? diff(a, b) : 2;
}

export interface ExplainOptions {
  readonly facts: string;
  readonly subject: string;
  readonly asOf: string;
  readonly scenario?: string;
}

export function rulesExplainCommand(ruleSet: string, options: ExplainOptions): number {
  if (!fs.existsSync(options.facts)) {
    console.error(`no such file: ${options.facts}`);
    return 1;
  }
  const document = load(ruleSet);
  return document ? explain(compileRuleSet(document), options.facts, options.subject, options.asOf, options.scenario) : 2;
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
