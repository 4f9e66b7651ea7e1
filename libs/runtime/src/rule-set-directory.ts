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
  return parseRuleSetTexts(readRuleSetFiles(directory), (name) => path.join(directory, name));
}

const YAML_FILE = /\.ya?ml$/;

/** The YAML files of a rule-set directory by their names inside it: `rule-set.yaml`, `<name>.yaml`, `layers/<code>/<name>.yaml`. */
export function readRuleSetFiles(directory: string): Record<string, string> {
  const yamlIn = (folder: string) =>
    fs.existsSync(path.join(directory, folder)) ? fs.readdirSync(path.join(directory, folder)).filter((name) => YAML_FILE.test(name)) : [];
  const layers = fs.existsSync(path.join(directory, LAYERS_DIRECTORY)) ? fs.readdirSync(path.join(directory, LAYERS_DIRECTORY)) : [];
  const names = [
    ...yamlIn('.'),
    ...layers.flatMap((code) => yamlIn(path.join(LAYERS_DIRECTORY, code)).map((name) => `${LAYERS_DIRECTORY}/${code}/${name}`)),
  ];
  return Object.fromEntries(names.map((name) => [name, fs.readFileSync(path.join(directory, name), 'utf8')]));
}

const PART_NAME = /^[^/\\]+\.ya?ml$/;
/** `layers/<code>/<name>.yaml` (LAYERS_DIRECTORY). */
const LAYER_PART_NAME = /^layers\/([^/\\]+)\/([^/\\]+\.ya?ml)$/;

/**
 * A rule set given as its files' texts by their names inside the rule-set directory (as `readRuleSetFiles` reads
 * them, or as sent over HTTP): the head, the national parts in name order, then each layer's parts. `where` names a
 * file in the problems (its path on disk, or the name as given).
 */
export function parseRuleSetTexts(
  files: Readonly<Record<string, string>>,
  where: (name: string) => string = (name) => name,
): ParsedRuleSet {
  const problems: RuleSetProblem[] = [];
  const part = (name: string): RuleSetFile => ({ name: where(name), text: files[name] });
  const national: string[] = [];
  const layers = new Map<string, string[]>();
  for (const name of Object.keys(files).sort()) {
    const layer = LAYER_PART_NAME.exec(name);
    if (name === HEAD_FILE) continue;
    else if (PART_NAME.test(name)) national.push(name);
    else if (layer) layers.set(layer[1], [...(layers.get(layer[1]) ?? []), name]);
    else
      problems.push({
        file: where(name),
        path: '',
        reason: `a rule-set file is ${HEAD_FILE}, <name>.yaml or ${LAYERS_DIRECTORY}/<code>/<name>.yaml`,
      });
  }
  if (files[HEAD_FILE] === undefined)
    problems.push({ file: where(HEAD_FILE), path: '', reason: 'the head file is missing (ruleSet, version, effectiveFrom, policies)' });
  const layerParts = [...layers.keys()].sort().flatMap((code) => {
    const problem = regionCodeProblem(code);
    if (problem)
      return (problems.push({ file: where(`${LAYERS_DIRECTORY}/${code}`), path: '', reason: `a layer directory ${problem}` }), []);
    const parts = layers.get(code)!.map(part);
    parts.forEach((p) => problems.push(...layerMismatches(p, code)));
    return parts;
  });
  if (files[HEAD_FILE] === undefined) return { ok: false, problems };
  const parsed = parseRuleSetFiles(part(HEAD_FILE), [...national.map(part), ...layerParts]);
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
