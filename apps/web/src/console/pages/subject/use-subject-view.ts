import { useSearchParams } from 'react-router';
import { todayInShanghai } from '../../../shared/dates';

export interface SubjectView {
  readonly asOf: string;
  readonly scenario?: string;
  readonly setAsOf: (asOf: string | undefined) => void;
  readonly setScenario: (scenario: string | undefined) => void;
}

/** The as-of date and scenario of the subject page, kept in the URL (?asOf=&scenario=) so a link shows the same view. */
export function useSubjectView(): SubjectView {
  const [params, setParams] = useSearchParams();
  const set = (name: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: false },
    );
  return {
    asOf: params.get('asOf') ?? todayInShanghai(),
    scenario: params.get('scenario') ?? undefined,
    setAsOf: (asOf) => set('asOf', asOf),
    setScenario: (scenario) => set('scenario', scenario),
  };
}
