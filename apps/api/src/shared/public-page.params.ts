import type { Problem } from '#kernel';
import { invalidQuery } from './problems/invalid-query.js';

/** The query parameters every public list takes. */
export interface PublicPageParams {
  readonly q?: string;
  readonly page?: string;
  readonly limit?: string;
  readonly after?: string;
}

export interface PublicPageSelection {
  /** Trimmed; absent when not given. */
  readonly q?: string;
  readonly page: number;
  readonly limit: number;
  readonly after?: string;
}

export const PUBLIC_PAGE_LIMIT = { default: 20, max: 100 } as const;
/** Deep pages are refused: 10 000 pages of 100 cover every record a city publishes, and OFFSET grows with the page. */
const MAX_PAGE = 10_000;
const Q_LENGTH = { min: 2, max: 100 } as const;

/**
 * `q` (2–100 characters: an organisation's name, partial, or a subject's full code), `page` (1-based) and `limit` (1–100,
 * default 20), plus the problems of `extra` checks; a 400 naming each bad parameter.
 */
export function parsePublicPage(params: PublicPageParams, errors: Problem[] = []): PublicPageSelection {
  const q = params.q?.trim();
  if (q !== undefined && (q.length < Q_LENGTH.min || q.length > Q_LENGTH.max))
    errors.push({ path: 'q', reason: `must be ${Q_LENGTH.min} to ${Q_LENGTH.max} characters (an organisation's name or a full code)` });
  else if (q !== undefined && /[\u0000-\u001f\u007f]/.test(q)) errors.push({ path: 'q', reason: 'must not contain control characters' });
  const page = integerIn(params.page, 1, 1, MAX_PAGE, 'page', errors);
  const limit = integerIn(params.limit, PUBLIC_PAGE_LIMIT.default, 1, PUBLIC_PAGE_LIMIT.max, 'limit', errors);
  if (errors.length) throw invalidQuery(errors);
  return { ...(q !== undefined && { q }), page, limit, ...(params.after !== undefined && { after: params.after }) };
}

function integerIn(given: string | undefined, absent: number, min: number, max: number, path: string, errors: Problem[]): number {
  if (given === undefined) return absent;
  const value = /^\d+$/.test(given) ? Number(given) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) errors.push({ path, reason: `must be an integer from ${min} to ${max}` });
  return value;
}

/** `kind`, one of `allowed`, required. */
export function checkedKind<K extends string>(given: string | undefined, allowed: readonly K[], errors: Problem[]): K {
  if (given === undefined || !(allowed as readonly string[]).includes(given))
    errors.push({ path: 'kind', reason: `must be one of ${allowed.join(', ')}` });
  return given as K;
}
