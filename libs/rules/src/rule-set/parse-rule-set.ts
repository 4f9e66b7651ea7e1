import { parseDocument } from 'yaml';
import { FactCatalogue } from '#credit';
import type { Problem } from '#kernel';
import { checkReferences } from './check-references.js';
import { expandCriteriaOf } from './criteria-of.js';
import { ruleSetHeaderSchema, ruleSetPartSchema, ruleSetSchema, type RuleSetDocument } from './rule-set.schema.js';
import type { Schema } from './schema.js';

/** A problem in a rule-set file: its path is inside `file`, e.g. `measures[3].reaches[1]`; empty for the whole file. */
export interface RuleSetProblem extends Problem {
  readonly file: string;
}

export type ParsedRuleSet =
  { readonly ok: true; readonly ruleSet: RuleSetDocument } | { readonly ok: false; readonly problems: RuleSetProblem[] };

export interface RuleSetFile {
  readonly name: string;
  readonly text: string;
}

const SECTIONS = ['regimes', 'memoranda', 'listTypes', 'measures', 'publicationPeriods', 'jurisdictionTables'] as const;

/** Reads one complete rule set written in YAML (or JSON) and checks it: shape, then references. */
export function parseRuleSet(text: string, file: string, catalogue: FactCatalogue = new FactCatalogue()): ParsedRuleSet {
  const problems: RuleSetProblem[] = [];
  const copies = new Set<string>();
  const document = read(text, file, ruleSetSchema, problems, copies);
  if (!document) return { ok: false, problems: withoutCopies(problems, copies) };
  const references = withoutCopies(
    checkReferences(document, catalogue).map((p) => ({ file, ...p })),
    copies,
  );
  return references.length > 0 ? { ok: false, problems: references } : { ok: true, ruleSet: document };
}

/**
 * Reads a rule set kept as a head file (`rule-set.yaml`: identity, version, policies) and one file per
 * memorandum. Every problem names the file it is in and the path inside that file.
 */
export function parseRuleSetFiles(
  head: RuleSetFile,
  parts: readonly RuleSetFile[],
  catalogue: FactCatalogue = new FactCatalogue(),
): ParsedRuleSet {
  const problems: RuleSetProblem[] = [];
  const copies = new Set<string>();
  const header = read(head.text, head.name, ruleSetHeaderSchema, problems, copies);
  const merged = {
    regimes: [] as unknown[],
    memoranda: [] as unknown[],
    listTypes: [] as unknown[],
    measures: [] as unknown[],
    publicationPeriods: [] as unknown[],
    jurisdictionTables: [] as unknown[],
  };
  const origin: Record<(typeof SECTIONS)[number], { file: string; index: number }[]> = {
    regimes: [],
    memoranda: [],
    listTypes: [],
    measures: [],
    publicationPeriods: [],
    jurisdictionTables: [],
  };
  for (const part of parts) {
    const parsed = read(part.text, part.name, ruleSetPartSchema, problems, copies);
    if (!parsed) continue;
    for (const section of SECTIONS) {
      (parsed[section] ?? []).forEach((item, index) => {
        merged[section].push(item);
        origin[section].push({ file: part.name, index });
      });
    }
  }
  if (!header || problems.length > 0) return { ok: false, problems: withoutCopies(problems, copies) };
  // A section no part gives stays absent, as in a single-file rule set.
  const document = {
    ...header,
    ...merged,
    jurisdictionTables: merged.jurisdictionTables.length ? merged.jurisdictionTables : undefined,
  } as RuleSetDocument;
  const references = withoutCopies(
    checkReferences(document, catalogue).map((problem) => locate(problem, origin, head.name)),
    copies,
  );
  return references.length > 0 ? { ok: false, problems: references } : { ok: true, ruleSet: document };
}

export function formatProblems(problems: readonly RuleSetProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path || '(file)'}: ${p.reason}`).join('\n');
}

/**
 * Reads one file against a schema. `copies` collects the list types whose criteria are another's (`criteriaOf`), as
 * `file#index`: a problem in those criteria is the source's, reported there.
 */
function read<T>(text: string, file: string, schema: Schema<T>, problems: RuleSetProblem[], copies: Set<string>): T | undefined {
  const yaml = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (yaml.errors.length > 0) {
    problems.push(...yaml.errors.map((error) => ({ file, path: '', reason: error.message })));
    return undefined;
  }
  const found: Problem[] = [];
  const raw = yaml.toJS() as { listTypes?: unknown };
  if (Array.isArray(raw?.listTypes))
    raw.listTypes.forEach((listType, index) => {
      if (typeof listType === 'object' && listType !== null && 'criteriaOf' in listType) copies.add(`${file}#${index}`);
    });
  const value = schema(expandCriteriaOf(raw, found), '', found);
  problems.push(...found.map((p) => ({ file, ...p })));
  return found.length === 0 ? value : undefined;
}

/** `measures[12].listTypes[0]` of the merged set is `measures[3].listTypes[0]` of the file it came from. */
function locate(problem: Problem, origin: Record<string, { file: string; index: number }[]>, head: string): RuleSetProblem {
  const match = new RegExp(`^(${SECTIONS.join('|')})\\[(\\d+)\\](.*)$`).exec(problem.path);
  const from = match ? origin[match[1]]?.[Number(match[2])] : undefined;
  return from ? { file: from.file, path: `${match![1]}[${from.index}]${match![3]}`, reason: problem.reason } : { file: head, ...problem };
}

/** Drops the problems of criteria copied by `criteriaOf` (`listTypes[i].criteria…` of a copying list type). */
function withoutCopies(problems: RuleSetProblem[], copies: ReadonlySet<string>): RuleSetProblem[] {
  return problems.filter((problem) => {
    const match = /^listTypes\[(\d+)\]\.criteria\[/.exec(problem.path);
    return !match || !copies.has(`${problem.file}#${match[1]}`);
  });
}
