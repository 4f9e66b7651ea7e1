import type { NextFunction, Request, Response } from 'express';
import { textProblem } from '#credit';
import { PROBLEM_CONTENT_TYPE, problemType, type ProblemDetails } from '../shared/problems/problem-details.js';
import { invalidQuery } from '../shared/problems/invalid-query.js';
import { tooDeepAt } from './json-depth.js';

/** Deeper than any fact (items[].data.list[].field is 5): a deeper body is an attack or a bug. */
export const MAX_JSON_DEPTH = 64;
/** Query parameters with a length limit, as their body counterparts have (ChecksDto.purpose). */
const QUERY_MAX_LENGTH: Readonly<Record<string, number>> = { purpose: 500 };
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Refuses, before any controller, pipe or class-transformer sees it: a body that is not JSON (415),
 * JSON nested deeper than MAX_JSON_DEPTH (400), and a query parameter given more than once, longer
 * than its limit or holding control or invisible formatting characters (400; a NUL cannot be stored). Runs after the JSON body parser and before the routes.
 */
export function requestHygiene(request: Request, response: Response, next: NextFunction): void {
  const problem = bodyProblem(request) ?? queryProblem(request);
  if (!problem) return next();
  response
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...problem, instance: request.originalUrl }));
}

function bodyProblem(request: Request): ProblemDetails | undefined {
  if (!WITH_BODY.has(request.method)) return undefined;
  if (!hasBody(request)) return undefined; // a POST that only names its target (e.g. a new key) sends none
  if (!request.is('application/json')) {
    const sent = request.headers['content-type'];
    return {
      type: problemType('unsupported-media-type'),
      title: 'The body must be JSON',
      status: 415,
      detail: `send the body as JSON with Content-Type: application/json${sent ? `, not ${sent}` : ' (the request had no Content-Type)'}`,
    };
  }
  const deepAt = tooDeepAt(request.body, MAX_JSON_DEPTH);
  if (deepAt === undefined) return undefined;
  const reason = `nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays`;
  return {
    type: problemType('too-deep'),
    title: 'The JSON body is nested too deeply',
    status: 400,
    detail: `${deepAt}: ${reason}`,
    errors: [{ field: deepAt, reason }],
  };
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function queryProblem(request: Request): ProblemDetails | undefined {
  const errors = Object.entries(request.query).flatMap(([name, value]) => {
    if (typeof value !== 'string') return [{ path: name, reason: 'must be given once, as a single value' }];
    const max = Object.hasOwn(QUERY_MAX_LENGTH, name) ? QUERY_MAX_LENGTH[name] : undefined;
    if (max !== undefined && value.length > max) return [{ path: name, reason: `must be at most ${max} characters` }];
    const unclean = textProblem(value, 'line');
    return unclean ? [{ path: name, reason: unclean }] : [];
  });
  if (errors.length === 0) return undefined;
  const exception = invalidQuery(errors);
  return { ...(exception.getResponse() as ProblemDetails), status: exception.getStatus() };
}
