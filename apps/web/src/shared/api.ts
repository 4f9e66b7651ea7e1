import { problemOf } from './problem';

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  /** The API key (console); the public site sends none. */
  readonly apiKey?: string;
  /** 查询目的: required by the api when a query names a person's 身份证号; logged there. */
  readonly purpose?: string;
  readonly signal?: AbortSignal;
}

/** Query parameters without the empty ones. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

function headersFor(options: RequestOptions, accept: string): Headers {
  const headers = new Headers({ Accept: accept });
  if (options.apiKey) headers.set('X-Api-Key', options.apiKey);
  if (options.purpose) headers.set('X-Query-Purpose', encodeURIComponent(options.purpose));
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  return headers;
}

async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers: headersFor(options, accept),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!response.ok) throw await problemOf(response);
  return response;
}

/** A JSON call to the api; a refusal throws its ApiProblem. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json');
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** A file from the api (CSV exports), with the name its Content-Disposition gives. */
export async function download(path: string, options: RequestOptions = {}): Promise<{ blob: Blob; filename: string }> {
  const response = await send(path, options, 'text/csv');
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'export.csv';
  return { blob: await response.blob(), filename };
}

/** Hands a downloaded file to the browser as a saved file. */
export function saveFile({ blob, filename }: { blob: Blob; filename: string }): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
