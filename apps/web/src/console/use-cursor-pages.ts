import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../shared/problem';

export interface CursorPages<T> {
  readonly items: readonly T[];
  readonly loading: boolean;
  readonly error?: string;
  /** There is a next page. */
  readonly more: boolean;
  readonly loadMore: () => void;
}

/**
 * Pages of an api list that answers `next` as the cursor of the following page: the first page whenever `key`
 * changes (the filters), the next ones appended on demand; an answer for older filters never lands.
 */
export function useCursorPages<T>(
  key: string,
  fetchPage: (cursor: string | undefined) => Promise<{ items: readonly T[]; next?: string }>,
): CursorPages<T> {
  const [state, setState] = useState<{ items: readonly T[]; next?: string; loading: boolean; error?: string }>({
    items: [],
    loading: true,
  });
  const round = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const load = useCallback((cursor: string | undefined, append: boolean) => {
    const mine = append ? round.current : ++round.current;
    setState((s) => ({ ...s, loading: true, error: undefined, items: append ? s.items : [] }));
    fetchRef.current(cursor).then(
      (page) =>
        mine === round.current &&
        setState((s) => ({ items: append ? [...s.items, ...page.items] : page.items, next: page.next, loading: false })),
      (error: unknown) =>
        mine === round.current &&
        setState((s) => ({ ...s, loading: false, error: error instanceof ApiProblem ? error.describe() : String(error) })),
    );
  }, []);
  useEffect(() => load(undefined, false), [key, load]);
  return {
    items: state.items,
    loading: state.loading,
    error: state.error,
    more: state.next !== undefined,
    loadMore: () => load(state.next, true),
  };
}
