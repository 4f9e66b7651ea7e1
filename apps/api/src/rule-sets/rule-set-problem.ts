import type { HttpException } from '@nestjs/common';
import type { Caller } from '#credit';
import type { RuleSetLifecycleError } from '#ingestion';
import { refusal } from '#kernel';
import type { RuleSetProblem } from '#rules';
import { refusalException } from '../shared/problems/refusal-problem.js';

/** A refused lifecycle step (not published, already active, a date before the current one …) as an RFC 7807 problem. */
export function lifecycleProblem(error: RuleSetLifecycleError): HttpException {
  return refusalException(
    refusal(error.kind, error.code, 'The rule-set lifecycle refused the step', [{ path: error.path, reason: error.message }]),
  );
}

/** A rule set that does not read: 422 naming each problem as a path into the request body, `files["<name>"].<path>`. */
export function ruleSetFilesProblem(problems: readonly RuleSetProblem[]): HttpException {
  return refusalException(
    refusal(
      'invalid',
      'invalid-rule-set',
      'The rule set is not valid',
      problems.map(({ file, path, reason }) => ({ path: `files[${JSON.stringify(file)}]${path ? `.${path}` : ''}`, reason })),
    ),
  );
}

/** Who the lifecycle events name: the calling key, as the departments stream names it. */
export const lifecycleActor = (caller: Caller): string => `api-key:${caller.keyId}`;
