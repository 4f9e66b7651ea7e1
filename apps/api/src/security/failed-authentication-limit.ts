import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { RateLimits } from '#runtime';
import { AddressLimiter } from './address-limiter.js';
import { tooManyRequests } from './too-many-requests.js';

/**
 * Slows down key guessing: once requests from an address were answered 401 `failedAuthentications`
 * times within the window, every request from it is answered 429 until the window ends. Counted
 * from the answer, so the key check itself (ApiKeyGuard) knows nothing of it.
 */
export function limitFailedAuthentication(limits: RateLimits): RequestHandler {
  const failures = new AddressLimiter(limits.failedAuthentications, limits.windowSeconds * 1000);
  return (request: Request, response: Response, next: NextFunction) => {
    const address = request.ip ?? 'unknown';
    const retryAfterSeconds = failures.retryAfterSeconds(address);
    if (retryAfterSeconds > 0) {
      return tooManyRequests(request, response, {
        slug: 'too-many-failed-authentications',
        title: 'Too many requests with a wrong API key',
        detail: `${limits.failedAuthentications} requests from this address had an unknown or revoked key within ${limits.windowSeconds} s`,
        retryAfterSeconds,
      });
    }
    response.on('finish', () => {
      if (response.statusCode === HttpStatus.UNAUTHORIZED) failures.record(address);
    });
    next();
  };
}
