import { useCallback, useState } from 'react';
import { useLoad, type Loaded } from '../../../shared/use-load';
import { asksForPurpose, looksLikeResidentId, rememberedPurpose } from '../../purpose';
import { subjectPaths, takePrefetched } from '../../prefetched-answers';
import { useSession } from '../../session';
import { useRestAfter } from './use-rest-after';
import type { FoundSubject } from '../search/results-table';
import type { RepairEligibility, SubjectHistory, SubjectLists, SubjectMeasures, SubjectRelations } from './subject-answers';

export interface SubjectData {
  readonly found: Loaded<{ items: readonly FoundSubject[] }>;
  readonly measures: Loaded<SubjectMeasures>;
  readonly lists: Loaded<SubjectLists>;
  readonly history: Loaded<SubjectHistory>;
  readonly relations: Loaded<SubjectRelations>;
  readonly repair: Loaded<RepairEligibility>;
  /** The measures are on screen: the lower sections and their calls follow. */
  readonly rest: boolean;
  /** The api needs a purpose (a person, or an answer that holds one's 身份证号) and none is given yet. */
  readonly needsPurpose: boolean;
  readonly givePurpose: (purpose: string) => void;
}

/**
 * Everything the subject page shows, each part loaded on its own. A person's page waits for the purpose; an
 * organisation's page asks for it when an answer names a person (the api refuses with a `purpose` problem).
 */
export function useSubjectData(code: string, asOf: string, scenario: string | undefined): SubjectData {
  const { call } = useSession();
  const [purpose, setPurpose] = useState(() => rememberedPurpose(code));
  const [refused, setRefused] = useState(false);
  const waiting = looksLikeResidentId(code) && !purpose;
  const get = useCallback(
    <T>(path: string) =>
      ((purpose ? undefined : takePrefetched<T>(path)) ?? call<T>(path, { purpose })).catch((error: unknown) => {
        if (asksForPurpose(error)) setRefused(true);
        throw error;
      }),
    [call, purpose],
  );
  const { first, later } = subjectPaths(code, asOf, scenario);
  const when = <T>(load: () => Promise<T>) => (waiting ? undefined : load);
  const measures = useLoad(
    when(() => get<SubjectMeasures>(first.measures)),
    [get, first.measures, waiting],
  );
  // the rest is asked once the measures are on screen: on a first load they do not queue behind it
  const rest = useRestAfter(measures.data !== undefined || measures.error !== undefined);
  const afterwards = <T>(load: () => Promise<T>) => (waiting || !rest ? undefined : load);
  return {
    measures,
    rest,
    found: useLoad(
      when(() => get<{ items: readonly FoundSubject[] }>(first.found)),
      [get, first.found, waiting],
    ),
    lists: useLoad(
      afterwards(() => get<SubjectLists>(later.lists)),
      [get, later.lists, waiting, rest],
    ),
    history: useLoad(
      afterwards(() => get<SubjectHistory>(later.history)),
      [get, later.history, waiting, rest],
    ),
    relations: useLoad(
      afterwards(() => get<SubjectRelations>(later.relations)),
      [get, later.relations, waiting, rest],
    ),
    repair: useLoad(
      afterwards(() => get<RepairEligibility>(later.repair)),
      [get, later.repair, waiting, rest],
    ),
    needsPurpose: waiting || (refused && !purpose),
    givePurpose: (given) => {
      setRefused(false);
      setPurpose(given);
    },
  };
}
