import { useLocation, useSearchParams } from 'react-router';
import type { PublicPage } from '../../shared/public-api';
import { useLoad, type Loaded } from '../../shared/use-load';

export const PAGE_SIZE = 20;

export interface PublicPaging<Item> extends Loaded<PublicPage<Item>> {
  readonly q: string;
  readonly page: number;
  readonly setQ: (q: string) => void;
  readonly setPage: (page: number) => void;
}

/**
 * A public list's filter and page, kept in the address (`?q=&page=`) so a page can be linked and the back button works;
 * `load` is called with them. A filter of 1 character is not sent (the api needs at least 2).
 */
export function usePublicPage<Item>(
  load: (q: string | undefined, page: number) => Promise<PublicPage<Item>>,
  deps: readonly unknown[],
): PublicPaging<Item> {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const sent = q.trim().length >= 2 ? q.trim() : undefined;
  const loaded = useLoad(() => load(sent, page), [sent, page, ...deps]);
  const update = (next: { q?: string; page?: number }) => {
    // A filter applied after a pause may fire while a link's page is still loading (the old page stays mounted during
    // the transition): it must not bring the reader back.
    if (window.location.pathname !== pathname) return;
    setParams(
      (current) => {
        const merged = new URLSearchParams(current);
        if (next.q !== undefined) merged.set('q', next.q);
        if (next.page !== undefined) merged.set('page', String(next.page));
        if (!merged.get('q')) merged.delete('q');
        if (merged.get('page') === '1') merged.delete('page');
        return merged;
      },
      { replace: true },
    );
  };
  return { ...loaded, q, page, setQ: (text) => update({ q: text, page: 1 }), setPage: (n) => update({ page: n }) };
}
