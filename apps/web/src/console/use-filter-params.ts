import { useSearchParams } from 'react-router';

/** A page's filters kept in the URL query, so back, forward and a shared link show the same selection. */
export function useFilterParams<K extends string>(
  names: readonly K[],
): {
  readonly filters: Partial<Record<K, string>>;
  readonly setFilters: (filters: Partial<Record<K, string | undefined>>) => void;
} {
  const [params, setParams] = useSearchParams();
  const filters: Partial<Record<K, string>> = {};
  for (const name of names) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return {
    filters,
    setFilters: (next) => {
      const search = new URLSearchParams();
      for (const name of names) {
        const value = next[name]?.trim();
        if (value) search.set(name, value);
      }
      setParams(search);
    },
  };
}
