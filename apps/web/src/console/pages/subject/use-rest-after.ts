import { startTransition, useEffect, useState } from 'react';

/**
 * True once `first` is on screen: the page's lower sections render after the measures have painted, in a
 * transition that yields to the browser, so the first-load budget (measures interactive in 2 s) is not spent on them.
 */
export function useRestAfter(first: boolean): boolean {
  const [rest, setRest] = useState(false);
  useEffect(() => {
    if (!first || rest) return;
    const frame = requestAnimationFrame(() => setTimeout(() => startTransition(() => setRest(true))));
    return () => cancelAnimationFrame(frame);
  }, [first, rest]);
  return rest;
}
