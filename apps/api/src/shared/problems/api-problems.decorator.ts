import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

const MEANING: Record<ProblemStatus, string> = {
  400: 'The request is not valid: `errors` names each field and why',
  401: 'No department API key, or an unknown or revoked one',
  403: 'The department may not do this',
  404: 'No such resource',
  409: 'In conflict with the current state',
  413: 'The body is too large',
  415: 'The body is not application/json',
  422: 'Understood but not acceptable',
  429: 'Too many requests: wait as Retry-After says',
  503: 'Not available yet (e.g. the read models have not reached `after`): retry after Retry-After seconds',
};

/** Declares the RFC 7807 problem+json answers an operation can give, each with the ProblemDetails schema. */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: MEANING[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
        ...(status === 429 || status === 503
          ? { headers: { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } } } }
          : {}),
      }),
    ),
  );
}
