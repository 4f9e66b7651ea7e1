import { timingSafeEqual } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problemType } from '../shared/problems/problem-details.js';
import type { ApiMetrics } from './api-metrics.js';

/** Times every request, labelled with its route template (never the raw URL: codes would explode the series). */
export function timeRequests(metrics: ApiMetrics): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const end = metrics.requestDuration.startTimer();
    response.on('finish', () => {
      const route = request.route?.path ? `${request.baseUrl}${request.route.path}` : 'unmatched';
      end({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };
}

/** GET /metrics in the Prometheus text format; with METRICS_TOKEN set, only for `Authorization: Bearer <token>`. */
export function serveMetrics(metrics: ApiMetrics, token: string | undefined): RequestHandler {
  return async (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET') return next();
    if (token !== undefined && !sameSecret(request.header('authorization')?.replace(/^Bearer\s+/i, '') ?? '', token)) {
      response
        .status(401)
        .setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
        .type(PROBLEM_CONTENT_TYPE)
        .send(
          JSON.stringify({
            type: problemType('unauthenticated'),
            title: 'The metrics token is required',
            status: 401,
            detail: 'send Authorization: Bearer <METRICS_TOKEN>',
            instance: request.originalUrl,
          }),
        );
      return;
    }
    try {
      const body = await metrics.registry.metrics();
      response.status(200).type(metrics.registry.contentType).send(body);
    } catch {
      // The projection gauges read the database; a scrape while it is away is retried by Prometheus.
      response
        .status(503)
        .type(PROBLEM_CONTENT_TYPE)
        .send(
          JSON.stringify({
            type: problemType('metrics-unavailable'),
            title: 'Metrics could not be collected',
            status: 503,
            instance: request.originalUrl,
          }),
        );
    }
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Request timing for every route, and /metrics itself. */
export function exposeMetrics(app: NestExpressApplication, metrics: ApiMetrics, token: string | undefined): void {
  app.use(timeRequests(metrics));
  app.use('/metrics', serveMetrics(metrics, token));
}
