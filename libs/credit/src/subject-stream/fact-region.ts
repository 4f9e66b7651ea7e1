import { validateUscc } from '#kernel';
import type { SubjectReference } from './fact-event.js';

/**
 * The region a fact falls back to when the deciding department's region is not known (rule-format §6): an
 * organisation's registration region, characters 3–8 of its 统一社会信用代码 (GB 32100-2015: 登记管理机关行政区划码,
 * coded by GB/T 2260). A person, or a code that fails its checks, has none: never a guess.
 */
export function registrationRegion(subject: Pick<SubjectReference, 'kind' | 'code'>): string | undefined {
  if (subject.kind === 'natural-person') return undefined;
  const uscc = validateUscc(subject.code);
  return uscc.ok ? uscc.areaCode : undefined;
}

/**
 * `{ region }` for a FactRecord: the deciding department's region where it is known (from the department registry),
 * else the subject's registration region; nothing when neither is known.
 */
export function withRegion(subject: Pick<SubjectReference, 'kind' | 'code'>, departmentRegion?: string): { region?: string } {
  const region = departmentRegion ?? registrationRegion(subject);
  return region ? { region } : {};
}
