import { parseDocument } from 'yaml';
import { FactCatalogue } from '#credit';
import { checkReferences } from './check-references.js';
import { ruleSetSchema, type RuleSetDocument } from './rule-set.schema.js';

export interface RuleSetProblem {
  readonly file: string;
  /** JSON path inside the file, e.g. `measures[3].reaches[1]`; empty for the whole file. */
  readonly path: string;
  readonly reason: string;
}

export type ParsedRuleSet = { readonly ok: true; readonly ruleSet: RuleSetDocument } | { readonly ok: false; readonly problems: RuleSetProblem[] };

/** Reads a rule set written in YAML (or JSON) and checks it completely: shape, then references. */
export function parseRuleSet(text: string, file: string, catalogue: FactCatalogue = new FactCatalogue()): ParsedRuleSet {
  const yaml = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (yaml.errors.length > 0) {
    return { ok: false, problems: yaml.errors.map((error) => ({ file, path: '', reason: error.message })) };
  }
  const problems: { path: string; reason: string }[] = [];
  const document = ruleSetSchema(yaml.toJS(), '', problems);
  if (document) problems.push(...checkReferences(document, catalogue));
  if (!document || problems.length > 0) return { ok: false, problems: problems.map((p) => ({ file, ...p })) };
  return { ok: true, ruleSet: document };
}

export function formatProblems(problems: readonly RuleSetProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path || '(file)'}: ${p.reason}`).join('\n');
}
