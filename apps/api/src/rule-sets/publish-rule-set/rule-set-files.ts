import type { HttpException } from '@nestjs/common';
import { refusal, type Problem } from '#kernel';
import { refusalException } from '../../shared/problems/refusal-problem.js';

/** `files` as the body gives it: an object of YAML texts by file name, or a 400 naming what is not. */
export function checkedRuleSetFiles(files: unknown): Record<string, string> {
  if (typeof files !== 'object' || files === null || Array.isArray(files))
    throw malformed([{ path: 'files', reason: 'must be an object: { "<name>.yaml": "<YAML text>", … }' }]);
  const entries = Object.entries(files as Record<string, unknown>);
  if (entries.length === 0) throw malformed([{ path: 'files', reason: 'must hold the rule set’s files, rule-set.yaml first' }]);
  const problems = entries
    .filter(([, text]) => typeof text !== 'string')
    .map(([name]) => ({ path: `files[${JSON.stringify(name)}]`, reason: 'must be the file’s YAML text (a string)' }));
  if (problems.length) throw malformed(problems);
  return Object.fromEntries(entries) as Record<string, string>;
}

const malformed = (problems: Problem[]): HttpException =>
  refusalException(refusal('malformed', 'invalid-request', 'The request is not valid', problems));
