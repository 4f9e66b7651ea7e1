import { query } from './api';
import type { paths } from './api-schema';
import type { GetAnswer, ItemOf, Schema } from './api-types';
import { ApiProblem, problemOf } from './problem';

/** The public endpoints' refusal for too many requests from one address: the polite message, with the wait the api asks. */
export class RateLimited extends ApiProblem {
  constructor(
    readonly retryAfterSeconds: number | undefined,
    body: Record<string, unknown>,
  ) {
    super(429, 'Too many requests', undefined, [], body);
  }

  override describe(): string {
    const wait = this.retryAfterSeconds ? `（约 ${this.retryAfterSeconds} 秒后可再次访问）` : '';
    return `访问过于频繁，请稍后再试${wait}`;
  }
}

/** A GET to /v1/public/* with no key; 429 becomes RateLimited (with Retry-After), other refusals their ApiProblem. */
export async function publicApi<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const response = await fetch(`/v1/public/${path}${query(params)}`, { headers: { Accept: 'application/json' } });
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    const problem = await problemOf(response);
    throw new RateLimited(Number.isFinite(seconds) && seconds > 0 ? seconds : undefined, problem.body);
  }
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}

/** The answer of GET /v1/public/<path> (without a path parameter), as the OpenAPI document gives it. */
export type PublicAnswer<Path extends PublicPath> = GetAnswer<`/v1/public/${Path}`>;
type PublicPath = Extract<keyof paths, `/v1/public/${string}`> extends `/v1/public/${infer Path}` ? Path : never;

/** A subject as the public sees it: a person's 身份证号 comes masked (first 6 and last 4 characters). */
export type PublicSubject = Schema<'PublicSubject'>;
/** Published from, until (exclusive; absent: 长期), and the text that sets the period (`inferred`: why it is assumed). */
export type PublicWindow = Schema<'PublicWindow'>;
export type PublicBasis = Schema<'DisclosureBasis'>;

/** What a public list's pager reads: a page of items, its number and size, and how many match. */
export interface PublicPage<Item> {
  readonly items: readonly Item[];
  readonly page: number;
  readonly limit: number;
  readonly total: number;
}

export type PublicSubjectSearch = PublicAnswer<'subjects'>;
export type DoublePublicityItem = ItemOf<PublicAnswer<'double-publicity'>['items']>;
export type InspectionItem = ItemOf<PublicAnswer<'inspections'>['items']>;
export type ListPublicationItem = ItemOf<PublicAnswer<'lists'>['items']>;
/** GET /v1/public/subjects/{code}: what is published about one subject today. */
export type PublicDisclosure = GetAnswer<'/v1/public/subjects/{code}'>;
export type PublicRecord = ItemOf<PublicDisclosure['records']>;
