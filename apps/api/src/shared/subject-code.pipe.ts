import { Injectable, type PipeTransform } from '@nestjs/common';
import {
  failsOnlyItsCheck,
  looksLikeResidentId,
  problemsAt,
  refusal,
  todayInShanghai,
  validateResidentId,
  validateUscc,
  type IdentifierProblem,
} from '#kernel';
import { refusalException } from './problems/refusal-problem.js';

/** A subject code read, or the problem with the code as a whole (its path is empty: the caller names the parameter). */
export type SubjectCodeCheck = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly problem: IdentifierProblem };

/**
 * A subject code: a 统一社会信用代码 or a 身份证号 that passes its check. A genuine pre-2016 code that
 * fails its check (recorded with legacyCodeVerified) is accepted with `allowLegacy`.
 */
export function checkSubjectCode(value: string, allowLegacy = false): SubjectCodeCheck {
  const code = value.trim().toUpperCase();
  const check = looksLikeResidentId(code) ? validateResidentId(code, todayInShanghai()) : validateUscc(code);
  if (check.ok) return { ok: true, code };
  if (allowLegacy && failsOnlyItsCheck(check.problem)) return { ok: true, code };
  return { ok: false, problem: check.problem };
}

/** A subject code in a path; a legacy code that fails its check is read with `?legacy=true`. */
@Injectable()
export class SubjectCodePipe implements PipeTransform<string, string> {
  constructor(private readonly allowLegacy = false) {}

  transform(value: string): string {
    const check = checkSubjectCode(value, this.allowLegacy);
    if (check.ok) return check.code;
    throw refusalException(
      refusal('malformed', 'invalid-subject-code', 'Not a valid 统一社会信用代码 or 身份证号', problemsAt('code', [check.problem])),
    );
  }
}
