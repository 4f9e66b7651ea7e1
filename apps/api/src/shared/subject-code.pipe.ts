import { HttpException, HttpStatus, Injectable, type PipeTransform } from '@nestjs/common';
import { looksLikeResidentId, todayInShanghai, validateResidentId, validateUscc } from '#kernel';
import { problemType } from './problems/problem-details.js';

export type SubjectCodeCheck = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly reason: string };

/**
 * A subject code: a 统一社会信用代码 or a 身份证号 that passes its check. A genuine pre-2016 code that
 * fails its check (recorded with legacyCodeVerified) is accepted with `allowLegacy`.
 */
export function checkSubjectCode(value: string, allowLegacy = false): SubjectCodeCheck {
  const code = value.trim().toUpperCase();
  const check = looksLikeResidentId(code) ? validateResidentId(code, todayInShanghai()) : validateUscc(code);
  if (check.ok) return { ok: true, code };
  const checksumOnly = ['check-character', 'organization-code-check'].includes(check.problem.reason);
  if (allowLegacy && checksumOnly) return { ok: true, code };
  return { ok: false, reason: check.problem.message };
}

/** A subject code in a path; a legacy code that fails its check is read with `?legacy=true`. */
@Injectable()
export class SubjectCodePipe implements PipeTransform<string, string> {
  constructor(private readonly allowLegacy = false) {}

  transform(value: string): string {
    const check = checkSubjectCode(value, this.allowLegacy);
    if (check.ok) return check.code;
    throw new HttpException(
      {
        type: problemType('invalid-subject-code'),
        title: 'Not a valid 统一社会信用代码 or 身份证号',
        detail: check.reason,
        errors: [{ field: 'code', reason: check.reason }],
      },
      HttpStatus.BAD_REQUEST,
    );
  }
}
