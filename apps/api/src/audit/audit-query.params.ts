import { isValidLocalDate, problemsAt, type Problem } from '#kernel';
import { checkSubjectCode } from '../shared/subject-code.pipe.js';

/** `from` and `to` (days, Asia/Shanghai) are real dates and `to` is not before `from`. */
export function checkDayRange(query: { readonly from?: string; readonly to?: string }, errors: Problem[]): void {
  for (const field of ['from', 'to'] as const) {
    if (query[field] !== undefined && !isValidLocalDate(query[field]))
      errors.push({ path: field, reason: 'must be a real date YYYY-MM-DD' });
  }
  if (query.from && query.to && query.from > query.to) errors.push({ path: 'to', reason: 'must not be before from' });
}

/** `subject`, a valid code as the read models store it (upper case, trimmed). */
export function checkedSubject(subject: string | undefined, errors: Problem[]): string | undefined {
  if (subject === undefined) return undefined;
  const check = checkSubjectCode(subject);
  if (check.ok) return check.code;
  errors.push(...problemsAt('subject', [check.problem]));
  return subject;
}
