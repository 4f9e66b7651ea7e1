import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { JiangchengConfig } from '#runtime';
import { JSON_BODY_LIMIT_BYTES } from './body-limit.js';
import { limitFailedAuthentication } from './failed-authentication-limit.js';
import { limitPublicRequests, PUBLIC_PATHS } from './public-rate-limit.js';

/** Headers a browser client may send and read; the api itself needs no cookies. */
const CORS_REQUEST_HEADERS = ['Authorization', 'X-Api-Key', 'Content-Type', 'X-Query-Purpose', 'X-Request-Id', 'X-Correlation-Id'];
const CORS_RESPONSE_HEADERS = ['Retry-After', 'X-Request-Id', 'Location'];

/** Security headers, CORS, the body limit, client addresses behind a proxy, and the per-address limits. */
export function secureHttp(app: NestExpressApplication, config: JiangchengConfig): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Helmet's default CSP (script-src 'self') suits the Swagger UI at /docs and the console: their scripts are files,
  // not inline. Without upgrade-insecure-requests, since a city intranet may serve the console over plain HTTP.
  app.use(helmet({ contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } } }));
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? '*' : [...config.corsOrigins],
      methods: ['GET', 'POST'],
      allowedHeaders: CORS_REQUEST_HEADERS,
      exposedHeaders: CORS_RESPONSE_HEADERS,
      maxAge: 600,
    });
  }
  app.use(PUBLIC_PATHS, limitPublicRequests(config.rateLimits));
  app.use(limitFailedAuthentication(config.rateLimits));
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT_BYTES });
}
