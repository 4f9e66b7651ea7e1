import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader, ApiQuery } from '@nestjs/swagger';
import type { Request } from 'express';
import { invalidQuery } from './problems/invalid-query.js';

export const PURPOSE_HEADER = 'x-query-purpose';
const MAX_PURPOSE_LENGTH = 500;
/** RFC 8187 ext-value: charset'language'percent-encoded bytes. */
const EXT_VALUE = /^([A-Za-z0-9!#$&+^`{}~-]+)'([A-Za-z0-9-]*)'(.*)$/s;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

export type PurposeReading = { readonly ok: true; readonly purpose?: string } | { readonly ok: false; readonly reason: string };

/**
 * The purpose as sent in X-Query-Purpose. A header is bytes, and Node reads them as latin1, so Chinese
 * text arrives either percent-encoded (`UTF-8''%E6%8B%9B…` as RFC 8187, or plain `%E6%8B%9B…`) or as
 * raw UTF-8 bytes in latin1 clothing; all three are decoded.
 */
export function decodePurposeHeader(raw: string): PurposeReading {
  const ext = EXT_VALUE.exec(raw);
  if (ext) {
    if (ext[1].toUpperCase() !== 'UTF-8')
      return { ok: false, reason: `charset ${ext[1]} is not supported: send UTF-8''<percent-encoded UTF-8>` };
    return percentDecoded(ext[3]);
  }
  if (PERCENT_ESCAPE.test(raw)) return percentDecoded(raw);
  return checkedPurpose(utf8FromLatin1(raw));
}

/** A purpose from the query string or a JSON body: already text. */
export function checkedPurpose(value: unknown): PurposeReading {
  if (value === undefined) return { ok: true };
  if (typeof value !== 'string') return { ok: false, reason: 'must be given once, as text' };
  const purpose = value.trim();
  if (purpose === '') return { ok: true };
  if (CONTROL.test(purpose)) return { ok: false, reason: 'must not contain control characters' };
  if (purpose.length > MAX_PURPOSE_LENGTH)
    return { ok: false, reason: `must be at most ${MAX_PURPOSE_LENGTH} characters, got ${purpose.length}` };
  return { ok: true, purpose };
}

/** `purpose` in a JSON body, else `?purpose=`, else the X-Query-Purpose header; a malformed one is a 400 naming `purpose`. */
export function purposeOf(request: Pick<Request, 'query' | 'headers'>, inBody?: string): string | undefined {
  const header = request.headers[PURPOSE_HEADER.toLowerCase()];
  const given = inBody ?? request.query.purpose;
  const reading =
    given !== undefined ? checkedPurpose(given) : typeof header === 'string' ? decodePurposeHeader(header) : checkedPurpose(header);
  if (!reading.ok) throw invalidQuery([{ path: 'purpose', reason: reading.reason }]);
  return reading.purpose;
}

/** The purpose of a query (see purposeOf). */
export const QueryPurpose = createParamDecorator((_: unknown, context: ExecutionContext) =>
  purposeOf(context.switchToHttp().getRequest<Request>()),
);

/** Documents `?purpose=` and X-Query-Purpose. */
export function ApiQueryPurpose(): MethodDecorator {
  const why = 'Why you ask: required when the answer holds a natural person’s 身份证号, and recorded with the query in the access log';
  return applyDecorators(
    ApiQuery({ name: 'purpose', required: false, description: why }),
    ApiHeader({
      name: PURPOSE_HEADER,
      required: false,
      description: `${why}. Chinese as percent-encoded UTF-8, e.g. UTF-8''%E6%8B%9B%E5%BD%95%E5%AE%A1%E6%9F%A5`,
    }),
  );
}

function percentDecoded(encoded: string): PurposeReading {
  try {
    return checkedPurpose(decodeURIComponent(encoded));
  } catch {
    return { ok: false, reason: 'is not valid percent-encoded UTF-8' };
  }
}

/** Raw UTF-8 bytes that Node handed over as latin1 characters; text that is not UTF-8 is left as it came. */
function utf8FromLatin1(raw: string): string {
  if (!/[\u0080-\u00FF]/.test(raw) || /[^\u0000-\u00FF]/.test(raw)) return raw;
  const decoded = Buffer.from(raw, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? raw : decoded;
}
