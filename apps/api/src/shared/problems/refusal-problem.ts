import { HttpException } from '@nestjs/common';
import { formatProblem, type Problem, type Refusal, type RefusalKind } from '#kernel';
import type { ProblemStatus } from './api-problems.decorator.js';
import { problemType, type FieldError, type ProblemDetails } from './problem-details.js';

/** The one place where a kind of refusal, as the libraries say it, becomes an HTTP status. */
export const REFUSAL_STATUS = {
  malformed: 400,
  invalid: 422,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
} as const satisfies Record<RefusalKind, ProblemStatus>;

/** A refusal as an RFC 7807 body: its code names the problem type, each problem a field (a JSON path) and why. */
export function refusalProblem(refusal: Refusal): ProblemDetails {
  return {
    type: problemType(refusal.code),
    title: refusal.title,
    status: REFUSAL_STATUS[refusal.kind],
    detail: refusal.problems.map(formatProblem).join('; '),
    errors: fieldErrors(refusal.problems),
  };
}

/** A refusal thrown as the answer to the whole request. */
export function refusalException(refusal: Refusal): HttpException {
  const { status, ...body } = refusalProblem(refusal);
  return new HttpException(body, status);
}

/** Problems as the `errors` of a problem body: `field` is the problem's path. */
export function fieldErrors(problems: readonly Problem[]): FieldError[] {
  return problems.map(({ path, reason }) => ({ field: path, reason }));
}
