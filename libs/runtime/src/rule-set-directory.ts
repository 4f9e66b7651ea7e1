import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  compileRuleSet,
  formatProblems,
  parseRuleSetFiles,
  regionCodeProblem,
  type CompiledRuleSet,
  type ParsedRuleSet,
  type RuleSetFile,
  type RuleSetProblem,
} from '#rules';
import { StartupError } from './startup-error.js';

export const HEAD_FILE = 'rule-set.yaml';
/** A deployment's own parts: `layers/<GB/T 2260 code>/*.yaml`, the province's or city's memoranda on top of the national set. */
export const LAYERS_DIRECTORY = 'layers';

/** A rule set kept as a directory: `rule-set.yaml`, one YAML file per memorandum, and the deployment's layers. */
export function readRuleSetDirectory(directory: string): ParsedRuleSet {
  const read = (name: string) => ({ name: path.join(directory, name), text: fs.readFileSync(path.join(directory, name), 'utf8') });
  const partsIn = (folder: string) =>
    fs
      .readdirSync(path.join(directory, folder))
      .filter((name) => /\.ya?ml$/.test(name) && name !== HEAD_FILE)
      .sort()
      .map((name) => read(path.join(folder, name)));
  const layers = fs.existsSync(path.join(directory, LAYERS_DIRECTORY)) ? fs.readdirSync(path.join(directory, LAYERS_DIRECTORY)).sort() : [];
  const problems: RuleSetProblem[] = [];
  const layerParts = layers.flatMap((code) => {
    const folder = path.join(LAYERS_DIRECTORY, code);
    const problem = regionCodeProblem(code);
    if (problem) return (problems.push({ file: path.join(directory, folder), path: '', reason: `a layer directory ${problem}` }), []);
    const parts = partsIn(folder);
    parts.forEach((part) => problems.push(...layerMismatches(part, code)));
    return parts;
  });
  const parsed = parseRuleSetFiles(read(HEAD_FILE), [...partsIn('.'), ...layerParts]);
  if (problems.length === 0) return parsed;
  return { ok: false, problems: [...problems, ...(parsed.ok ? [] : parsed.problems)] };
}

/** Every memorandum of a layer's file declares that layer: the directory says where a file belongs, the data says what it is. */
function layerMismatches(part: RuleSetFile, code: string): RuleSetProblem[] {
  let memoranda: unknown;
  try {
    memoranda = (parse(part.text) as { memoranda?: unknown } | null)?.memoranda;
  } catch {
    return []; // the part's own reading reports the YAML error
  }
  if (!Array.isArray(memoranda)) return [];
  return memoranda.flatMap((memorandum: { layer?: unknown }, i) =>
    memorandum?.layer === code
      ? []
      : [{ file: part.name, path: `memoranda[${i}].layer`, reason: `must be "${code}": the file is in ${LAYERS_DIRECTORY}/${code}` }],
  );
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
