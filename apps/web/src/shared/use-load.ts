import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from './problem';

export interface Loaded<T> {
  readonly data?: T;
  readonly error?: string;
  readonly loading: boolean;
  /** Loads again (after a change the page made). */
  readonly reload: () => void;
}

/** Loads what `load` returns whenever `deps` change; a refusal becomes its problem's text, an older answer never overwrites a newer. */
export function useLoad<T>(load: (() => Promise<T>) | undefined, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: load !== undefined });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    if (!load) return;
    let current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ loading: false, error: error instanceof ApiProblem ? error.describe() : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  return { ...state, reload };
}
