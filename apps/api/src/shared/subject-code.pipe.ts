import { BadRequestException, createParamDecorator, HttpException, HttpStatus, Injectable, type ExecutionContext, type PipeTransform } from '@nestjs/common';
import type { Request } from 'express';
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

/** A subject code in a path. */
@Injectable()
export class SubjectCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    return subjectCodeOrProblem(value, false);
  }
}

function subjectCodeOrProblem(value: string, allowLegacy: boolean): string {
  const check = checkSubjectCode(value, allowLegacy);
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

interface CodeAndLegacyFlag {
  readonly code: string;
  readonly legacy: unknown;
}

/** `?legacy=` is true, false or absent; anything else is refused as Nest's ParseBoolPipe refuses it. */
@Injectable()
class LegacySubjectCodePipe implements PipeTransform<CodeAndLegacyFlag, string> {
  transform({ code, legacy }: CodeAndLegacyFlag): string {
    if (legacy !== undefined && legacy !== 'true' && legacy !== 'false') throw new BadRequestException('Validation failed (boolean string is expected)');
    return subjectCodeOrProblem(code, legacy === 'true');
  }
}

const codeAndLegacyFlag = createParamDecorator((_: unknown, context: ExecutionContext): CodeAndLegacyFlag => {
  const { params, query } = context.switchToHttp().getRequest<Request>();
  return { code: String(params.code), legacy: query.legacy };
});

/** The subject code in the `code` path parameter; with `?legacy=true` a genuine pre-2016 code that fails its check too. */
export const SubjectCodeOrLegacy = (): ParameterDecorator => codeAndLegacyFlag(new LegacySubjectCodePipe());
