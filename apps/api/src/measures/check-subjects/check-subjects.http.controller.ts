import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Request } from 'express';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { problemsAt } from '#kernel';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { MeasureQueryParams } from '../../shared/measure-query.params.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { ApiQueryPurpose, purposeOf } from '../../shared/query-purpose.js';
import { checkSubjectCode } from '../../shared/subject-code.pipe.js';
import { CheckSubjectsQuery, type SubjectChecks } from './check-subjects.query.js';
import { ChecksDto } from './check-subjects.request.dto.js';

@ApiTags('measures')
@ApiSecurity('apiKey')
@Controller('v1')
@UseGuards(ApiKeyGuard)
export class CheckSubjectsHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly params: MeasureQueryParams,
    private readonly personalData: PersonalData,
  ) {}

  @Post('checks')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'MeasuresController_checks',
    summary: 'The measures of up to 1,000 subjects in one call, for approval systems and award vetting',
    description:
      'Each subject is answered as by GET /v1/subjects/{code}/measures, in the order given (a code given twice is answered ' +
      'twice). Any invalid code, date, scenario or department refuses the whole batch with a 400 naming each item. ' +
      'A batch with a natural person needs a purpose (`purpose` in the body, `?purpose=` or X-Query-Purpose).',
  })
  @ApiQueryPurpose()
  @ApiOkResponse({ description: 'One answer per subject, in the order given', schema: { $ref: '#/components/schemas/ChecksResult' } })
  @ApiProblems(400, 401, 413, 503)
  async checks(@Body() body: ChecksDto, @CurrentCaller() caller: Caller, @Req() request: Request): Promise<SubjectChecks> {
    const purpose = purposeOf(request, body.purpose);
    const errors = this.params.problems(body);
    const codes = body.subjects.map((value, i) => {
      const check = checkSubjectCode(value);
      if (!check.ok) errors.push(...problemsAt(`subjects[${i}]`, [check.problem]));
      return check.ok ? check.code : value;
    });
    if (errors.length) throw invalidQuery(errors);
    const checks = await this.queries.execute(new CheckSubjectsQuery(codes, this.params.parse(body), body.after));
    return this.personalData.disclose(caller, codes, checks, 'checks', purpose);
  }
}
