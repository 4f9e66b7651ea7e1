import type { Caller } from '#credit';
import type { ObjectionStepResult } from '#ingestion';
import { refusalException } from '../shared/problems/refusal-problem.js';
import type { PersonalData } from '../shared/personal-data.js';
import { objectionView, type ObjectionView } from './objection-view.js';
import { todayInShanghai, type Clock } from '#kernel';

/** The case after a step, with the position to read it back at (`after`); a refusal as its RFC 7807 problem. */
export async function stepAnswer(
  result: ObjectionStepResult,
  clock: Clock,
  caller: Caller,
  personalData: PersonalData,
  purpose: string | undefined,
): Promise<ObjectionView & { position?: string }> {
  if (!result.ok) throw refusalException(result.refusal);
  const view = { ...objectionView(result.objection, todayInShanghai(clock.now())), position: result.position };
  return personalData.disclose(caller, [], view, 'objections', purpose);
}
