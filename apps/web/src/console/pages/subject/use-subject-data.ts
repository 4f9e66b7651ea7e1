import { useCallback, useState } from 'react';
import { query } from '../../../shared/api';
import { useLoad, type Loaded } from '../../../shared/use-load';
import { asksForPurpose, looksLikeResidentId, rememberedPurpose } from '../../purpose';
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
      call<T>(path, { purpose }).catch((error: unknown) => {
        if (asksForPurpose(error)) setRefused(true);
        throw error;
      }),
    [call, purpose],
  );
  const at = `/v1/subjects/${encodeURIComponent(code)}`;
  const when = <T>(load: () => Promise<T>) => (waiting ? undefined : load);
  return {
    measures: useLoad(
      when(() => get<SubjectMeasures>(`${at}/measures${query({ asOf, scenario })}`)),
      [get, at, asOf, scenario, waiting],
    ),
    lists: useLoad(
      when(() => get<SubjectLists>(`${at}/lists${query({ asOf })}`)),
      [get, at, asOf, waiting],
    ),
    found: useLoad(
      when(() => get<{ items: readonly FoundSubject[] }>(`/v1/subjects${query({ q: code })}`)),
      [get, code, waiting],
    ),
    history: useLoad(
      when(() => get<SubjectHistory>(`${at}/history`)),
      [get, at, waiting],
    ),
    relations: useLoad(
      when(() => get<SubjectRelations>(`${at}/relations`)),
      [get, at, waiting],
    ),
    repair: useLoad(
      when(() => get<RepairEligibility>(`${at}/repair-eligibility${query({ asOf })}`)),
      [get, at, asOf, waiting],
    ),
    needsPurpose: waiting || (refused && !purpose),
    givePurpose: (given) => {
      setRefused(false);
      setPurpose(given);
    },
  };
}
