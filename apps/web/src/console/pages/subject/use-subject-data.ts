import { useCallback, useState } from 'react';
import { useLoad, type Loaded } from '../../../shared/use-load';
import { asksForPurpose, looksLikeResidentId, rememberedPurpose } from '../../purpose';
import { subjectPaths, takePrefetched } from '../../prefetched-answers';
import { useSession } from '../../session';
import type { FoundSubject } from '../search/results-table';
import type { RepairEligibility, SubjectHistory, SubjectLists, SubjectMeasures, SubjectRelations } from './subject-answers';

export interface SubjectData {
  readonly found: Loaded<{ items: readonly FoundSubject[] }>;
  readonly measures: Loaded<SubjectMeasures>;
  readonly lists: Loaded<SubjectLists>;
  readonly history: Loaded<SubjectHistory>;
  readonly relations: Loaded<SubjectRelations>;
  readonly repair: Loaded<RepairEligibility>;
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
  const [measuresPath, listsPath, foundPath, historyPath, relationsPath, repairPath] = subjectPaths(code, asOf, scenario);
  const when = <T>(load: () => Promise<T>) => (waiting ? undefined : load);
  return {
    measures: useLoad(
      when(() => get<SubjectMeasures>(measuresPath)),
      [get, measuresPath, waiting],
    ),
    lists: useLoad(
      when(() => get<SubjectLists>(listsPath)),
      [get, listsPath, waiting],
    ),
    found: useLoad(
      when(() => get<{ items: readonly FoundSubject[] }>(foundPath)),
      [get, foundPath, waiting],
    ),
    history: useLoad(
      when(() => get<SubjectHistory>(historyPath)),
      [get, historyPath, waiting],
    ),
    relations: useLoad(
      when(() => get<SubjectRelations>(relationsPath)),
      [get, relationsPath, waiting],
    ),
    repair: useLoad(
      when(() => get<RepairEligibility>(repairPath)),
      [get, repairPath, waiting],
    ),
    needsPurpose: waiting || (refused && !purpose),
    givePurpose: (given) => {
      setRefused(false);
      setPurpose(given);
    },
  };
}
