import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { RateLimits } from '#runtime';
import { AddressLimiter } from './address-limiter.js';
import { tooManyRequests } from './too-many-requests.js';

/** The unauthenticated endpoints; every other route needs a key. */
export const PUBLIC_PATHS = '/v1/public';

/** Limits requests to /v1/public/* per client address (see TRUST_PROXY for clients behind a proxy). */
export function limitPublicRequests(limits: RateLimits): RequestHandler {
  const requests = new AddressLimiter(limits.publicRequests, limits.windowSeconds * 1000);
  return (request: Request, response: Response, next: NextFunction) => {
    const address = request.ip ?? 'unknown';
    const retryAfterSeconds = requests.retryAfterSeconds(address);
    if (retryAfterSeconds > 0) {
      return tooManyRequests(request, response, {
        slug: 'rate-limited',
        title: 'Too many requests',
        detail: `at most ${limits.publicRequests} requests in ${limits.windowSeconds} s from one address to the public endpoints`,
        retryAfterSeconds,
      });
    }
    requests.record(address);
    next();
  };
}
