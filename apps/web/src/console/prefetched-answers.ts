import { query } from '../shared/api';

const started = new Map<string, Promise<unknown>>();

/**
 * The calls of the subject page, as it makes them (pages/subject/use-subject-data.ts): `first` on opening, `later`
 * once the measures are on screen.
 */
export function subjectPaths(code: string, asOf: string, scenario: string | undefined) {
  const at = `/v1/subjects/${encodeURIComponent(code)}`;
  return {
    first: { measures: `${at}/measures${query({ asOf, scenario })}`, found: `/v1/subjects${query({ q: code })}` },
    later: {
      lists: `${at}/lists${query({ asOf })}`,
      history: `${at}/history`,
      relations: `${at}/relations`,
      repair: `${at}/repair-eligibility${query({ asOf })}`,
    },
  };
}

/** Keeps an answer started before the page asks for it. */
export function keepPrefetched(path: string, answer: Promise<unknown>): void {
  answer.catch(() => undefined); // a refusal is the page's to show, if it asks
  started.set(path, answer);
}

/** The answer started for `path`, once; afterwards the page calls again. */
export function takePrefetched<T>(path: string): Promise<T> | undefined {
  const answer = started.get(path);
  started.delete(path);
  return answer as Promise<T> | undefined;
}
