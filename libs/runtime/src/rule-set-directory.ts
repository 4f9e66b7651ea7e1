import fs from 'node:fs';
import path from 'node:path';
import { parseRuleSetFiles, type ParsedRuleSet } from '#rules';

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
