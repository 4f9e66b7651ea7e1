import { useCallback, useState } from 'react';
import { describeFailure } from './refusal-alert';

export interface Action<A extends unknown[], T> {
  readonly run: (...args: A) => Promise<T | undefined>;
  readonly busy: boolean;
  /** The refusal of the last run, as text; cleared when the next one starts. */
  readonly error?: string;
  readonly clearError: () => void;
}

/** A change the page sends (publish, activate, issue a key …): busy while it runs, its refusal kept to show. */
export function useAction<A extends unknown[], T>(perform: (...args: A) => Promise<T>): Action<A, T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(undefined);
      try {
        return await perform(...args);
      } catch (failure) {
        setError(describeFailure(failure));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [perform],
  );
  const clearError = useCallback(() => setError(undefined), []);
  return { run, busy, error, clearError };
}
