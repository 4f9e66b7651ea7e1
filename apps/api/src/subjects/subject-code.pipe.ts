import { HttpException, HttpStatus, Injectable, type PipeTransform } from '@nestjs/common';
import { looksLikeResidentId, todayInShanghai, validateResidentId, validateUscc } from '#kernel';
import { problemType } from '../problems/problem-details.js';

/**
 * A subject code in a path: a 统一社会信用代码 or a 身份证号 that passes its check. A genuine pre-2016
 * code that fails its check (recorded with legacyCodeVerified) is read with `?legacy=true`.
 */
@Injectable()
export class SubjectCodePipe implements PipeTransform<string, string> {
  constructor(private readonly allowLegacy = false) {}

  transform(value: string): string {
    const code = value.trim().toUpperCase();
    const check = looksLikeResidentId(code) ? validateResidentId(code, todayInShanghai()) : validateUscc(code);
    if (check.ok) return code;
    const checksumOnly = ['check-character', 'organization-code-check'].includes(check.problem.reason);
    if (this.allowLegacy && checksumOnly) return code;
    throw new HttpException(
      {
        type: problemType('invalid-subject-code'),
        title: 'Not a valid 统一社会信用代码 or 身份证号',
        detail: check.problem.message,
        errors: [{ field: 'code', reason: check.problem.message }],
      },
      HttpStatus.BAD_REQUEST,
    );
  }
}
