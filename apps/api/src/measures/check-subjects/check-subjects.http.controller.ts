import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { matterOf, type Caller } from '#credit';
import { problemsAt } from '#kernel';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { MeasureQueryParams } from '../../shared/measure-query.params.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { ApiQueryPurpose, purposeOf } from '../../shared/query-purpose.js';
import { checkSubjectCode } from '../../shared/subject-code.pipe.js';
import { CheckSubjectsCommand, type SubjectChecks } from './check-subjects.command.js';
import { ChecksDto } from './check-subjects.request.dto.js';

@ApiTags('measures')
@ApiSecurity('apiKey')
@Controller('v1')
@UseGuards(ApiKeyGuard)
export class CheckSubjectsHttpController {
  constructor(
    private readonly commands: CommandBus,
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
      'A batch with a natural person needs a purpose (`purpose` in the body, `?purpose=` or X-Query-Purpose). ' +
      'Every call is a check of record (核查使用): its `checkId` (also in the X-Check-Id header) names it for ' +
      'POST /v1/checks/{checkId}/feedback; give the approval in `matter` (事项名称, 办件编号, stage).',
  })
  @ApiQueryPurpose()
  @ApiOkResponse({
    description: 'One answer per subject, in the order given, and the check of record',
    schema: { $ref: '#/components/schemas/ChecksResult' },
    headers: { 'X-Check-Id': { description: 'The check of record, as `checkId` in the body', schema: { type: 'string', format: 'uuid' } } },
  })
  @ApiProblems(400, 401, 413, 503)
  async checks(
    @Body() body: ChecksDto,
    @CurrentCaller() caller: Caller,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubjectChecks> {
    const purpose = purposeOf(request, body.purpose);
    const errors = this.params.problems(body);
    const matter = matterOf(body.matter, 'matter', errors);
    const codes = body.subjects.map((value, i) => {
      const check = checkSubjectCode(value);
      if (!check.ok) errors.push(...problemsAt(`subjects[${i}]`, [check.problem]));
      return check.ok ? check.code : value;
    });
    if (errors.length) throw invalidQuery(errors);
    this.personalData.requirePurposeFor(codes, purpose);
    const command = new CheckSubjectsCommand(codes, this.params.parse(body), body.after, caller, matter);
    const checks = await this.commands.execute(command);
    response.setHeader('X-Check-Id', checks.checkId);
    return this.personalData.disclose(caller, codes, checks, 'checks', purpose);
  }
}
