import { HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problemType } from '../shared/problems/problem-details.js';

/** 429 as application/problem+json with Retry-After. */
export function tooManyRequests(
  request: Request,
  response: Response,
  problem: { slug: string; title: string; detail: string; retryAfterSeconds: number },
): void {
  response
    .status(HttpStatus.TOO_MANY_REQUESTS)
    .setHeader('Retry-After', String(problem.retryAfterSeconds))
    .type(PROBLEM_CONTENT_TYPE)
    .send(
      JSON.stringify({
        type: problemType(problem.slug),
        title: problem.title,
        status: HttpStatus.TOO_MANY_REQUESTS,
        detail: `${problem.detail}; retry after ${problem.retryAfterSeconds} s`,
        instance: request.originalUrl,
      }),
    );
}
