import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** What a caller may send as a request or correlation id: short, and nothing a log or a CSV cell could trip on. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
export const SANE_ID_RULE = 'at most 128 characters of A–Z a–z 0–9 . _ : -';

export function isSaneId(value: unknown): value is string {
  return typeof value === 'string' && SANE_ID.test(value);
}

/** pino-http's genReqId: the caller's X-Request-Id when it is sane, else a new one; answered on every response. */
export function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = isSaneId(given) ? given : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}
