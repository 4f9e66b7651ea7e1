import { query } from './api';
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

/** A subject as the public sees it: a person's 身份证号 comes masked (first 6 and last 4 characters). */
export interface PublicSubject {
  readonly code: string;
  readonly kind?: string;
  readonly name?: string;
}

/** Published from, until (exclusive; absent: 长期), and the text that sets the period (`inferred`: why it is assumed). */
export interface PublicWindow {
  readonly from: string;
  readonly until?: string;
  readonly basis?: PublicBasis;
}

export interface PublicBasis {
  readonly documentNumber?: string;
  readonly clause?: string;
  readonly inferred?: string;
  readonly [field: string]: unknown;
}

export interface PublicPage<Item> {
  readonly items: readonly Item[];
  readonly page: number;
  readonly limit: number;
  readonly total: number;
}

/** GET /v1/public/subjects?q= */
export interface PublicSubjectSearch {
  readonly items: readonly { readonly code: string; readonly name: string }[];
  readonly capped?: true;
}

/** GET /v1/public/double-publicity items. */
export interface DoublePublicityItem {
  readonly kind: 'licence' | 'penalty';
  readonly decisionNumber: string;
  readonly title: string;
  readonly subject: PublicSubject;
  readonly authority: { readonly name?: string; readonly code?: string };
  readonly decisionDate: string;
  readonly content: Readonly<Record<string, unknown>>;
  readonly window: PublicWindow;
}

/** GET /v1/public/inspections items. */
export interface InspectionItem {
  readonly inspectionNumber: string;
  readonly items: string;
  readonly result: string;
  readonly resultLabel?: string;
  readonly inspectedOn: string;
  readonly subject: PublicSubject;
  readonly authority: { readonly name?: string; readonly code?: string };
  readonly window: PublicWindow;
}

/** GET /v1/public/lists items. */
export interface ListPublicationItem {
  readonly listType: string;
  readonly label: string;
  readonly color: 'black' | 'red';
  readonly subject: PublicSubject;
  readonly memorandum?: string;
  readonly basis: { readonly documentNumber: string; readonly clause?: string };
  readonly period: { readonly from: string; readonly until?: string; readonly longTerm: boolean };
  readonly decidedBy?: string;
}

/** GET /v1/public/subjects/{code}: what is published about one subject today. */
export interface PublicDisclosure {
  readonly subject: string;
  readonly asOf: string;
  readonly records: readonly PublicRecord[];
}

export interface PublicRecord {
  readonly kind: 'list-entry' | 'penalty' | 'licence' | 'inspection';
  readonly title: string;
  readonly content: Readonly<Record<string, unknown>>;
  readonly publishedFrom: string;
  /** Exclusive. */
  readonly publishedUntil?: string;
  readonly basis?: PublicBasis;
  /** 异议处理中 since `filedOn`, until the objection is decided. */
  readonly underObjection?: { readonly objectionId: string; readonly filedOn: string };
}
