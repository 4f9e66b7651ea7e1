import { BadRequestException, createParamDecorator, Injectable, type ExecutionContext, type PipeTransform } from '@nestjs/common';
import type { Request } from 'express';
import { SubjectCodePipe } from './subject-code.pipe.js';

interface CodeAndLegacyFlag {
  readonly code: string;
  readonly legacy: unknown;
}

/** `?legacy=` is true, false or absent, refused as Nest's ParseBoolPipe refuses anything else; then the code is checked. */
@Injectable()
class LegacySubjectCodePipe implements PipeTransform<CodeAndLegacyFlag, string> {
  transform({ code, legacy }: CodeAndLegacyFlag): string {
    if (legacy !== undefined && legacy !== 'true' && legacy !== 'false')
      throw new BadRequestException('Validation failed (boolean string is expected)');
    return new SubjectCodePipe(legacy === 'true').transform(code);
  }
}

const codeAndLegacyFlag = createParamDecorator((_: unknown, context: ExecutionContext): CodeAndLegacyFlag => {
  const { params, query } = context.switchToHttp().getRequest<Request>();
  return { code: String(params.code), legacy: query.legacy };
});

/** The subject code in the `code` path parameter; with `?legacy=true` also a genuine pre-2016 code that fails its check. */
export const SubjectCodeOrLegacy = (): ParameterDecorator => codeAndLegacyFlag(new LegacySubjectCodePipe());
