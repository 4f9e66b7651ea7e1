import { textProblem } from '#credit';
import { failsOnlyItsCheck, looksLikeResidentId, todayInShanghai, validateResidentId, validateUscc, type Problem } from '#kernel';

/** What a search text asks for: one subject by its full code, a person by a full 身份证号, or organisations by part of a name. */
export type SearchText =
  | { readonly by: 'organization-code'; readonly code: string }
  | { readonly by: 'resident-id'; readonly code: string }
  | { readonly by: 'name'; readonly text: string };

export const MIN_NAME_CHARACTERS = 2;
const MAX_CHARACTERS = 100;
const CODE_SHAPE = /^[0-9A-Z]{18}$/;

/**
 * Reads `q`: trimmed; a full valid 身份证号 asks for that person, an 18-character 统一社会信用代码 (valid, or failing only its
 * check: a pre-2016 code) for that organisation, another 18-character code is refused, anything else is part of an
 * organisation's name (at least 2 characters).
 * A problem names `q` and why, as a 400 does.
 */
export function readSearchText(q: unknown, today = todayInShanghai()): SearchText | Problem {
  if (q === undefined || q === '') return { path: 'q', reason: 'is required: a 统一社会信用代码, a 身份证号 or at least 2 characters of a name' };
  if (typeof q !== 'string') return { path: 'q', reason: 'must be given once, as text' };
  const text = q.trim();
  const problem = textProblem(text, 'line');
  if (problem) return { path: 'q', reason: problem };
  const characters = Array.from(text).length;
  if (characters > MAX_CHARACTERS) return { path: 'q', reason: `must be at most ${MAX_CHARACTERS} characters, got ${characters}` };
  const code = text.toUpperCase();
  if (looksLikeResidentId(code)) {
    const person = validateResidentId(code, today);
    return person.ok ? { by: 'resident-id', code } : { path: 'q', reason: `is not a valid 身份证号: ${person.problem.reason}` };
  }
  if (CODE_SHAPE.test(code)) {
    const organization = validateUscc(code);
    if (organization.ok || failsOnlyItsCheck(organization.problem)) return { by: 'organization-code', code };
    return { path: 'q', reason: `has the length of a code but is neither a valid 统一社会信用代码 nor 身份证号: ${organization.problem.reason}` };
  }
  if (characters < MIN_NAME_CHARACTERS)
    return { path: 'q', reason: `must be at least ${MIN_NAME_CHARACTERS} characters of a name, or a full 统一社会信用代码 or 身份证号` };
  return { by: 'name', text };
}

export const isProblem = (read: SearchText | Problem): read is Problem => 'path' in read;

/** `limit`: 1 to 100, 20 when absent. */
export function checkedSearchLimit(given: unknown, errors: Problem[]): number {
  const limit = given === undefined ? 20 : Number(given);
  if (typeof given === 'object' || !Number.isInteger(limit) || limit < 1 || limit > 100)
    errors.push({ path: 'limit', reason: 'must be an integer from 1 to 100' });
  return limit;
}
