import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { isValidLocalDate } from '#kernel';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { SubjectCodeOrLegacy } from '../../shared/subject-code-or-legacy.decorator.js';
import { RepairEligibilityQuery, type RepairEligibility } from './get-repair-eligibility.query.js';
import { REPAIR_ELIGIBILITY_SCHEMA } from './repair-eligibility.schema.js';

@ApiTags('repair')
@ApiSecurity('apiKey')
@Controller('v1/subjects')
@UseGuards(ApiKeyGuard)
export class GetRepairEligibilityHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
  ) {}

  @Get(':code/repair-eligibility')
  @ApiOperation({
    operationId: 'RepairController_eligibility',
    summary: 'Whether each dishonesty record of the subject may be repaired (信用修复, 令第36号)',
    description:
      'For each penalty in force and each black-list entry in force: the regime that sets its periods (by the document date: ' +
      '发改办财金〔2019〕527号, 令第58号, 令第36号; a list entry by its own list rule), the minimum period and the date it is ' +
      'reached, the recorded fact that shows the obligations performed (or none), the public commitment, a case that cannot be ' +
      'repaired, and `eligible` with the reasons it is not. The subject’s decider refuses an application (CreditRepairApplied) ' +
      'by the same rule. A pending application shows its review time limit. Read from the subject’s own stream.',
  })
  @ApiQueryPurpose()
  @ApiQuery({ name: 'asOf', required: false, description: 'Judge on this day (YYYY-MM-DD); default today (Asia/Shanghai)' })
  @ApiQuery({
    name: 'legacy',
    required: false,
    type: Boolean,
    description: 'Accept a code that fails its check (a verified pre-2016 code)',
  })
  @ApiParam({ name: 'code', type: String, description: '统一社会信用代码 or 身份证号', example: '91110000600037341L' })
  @ApiOkResponse({ description: 'Every dishonesty record with its eligibility', schema: REPAIR_ELIGIBILITY_SCHEMA })
  @ApiProblems(400, 401)
  async eligibility(
    @SubjectCodeOrLegacy() subject: string,
    @CurrentCaller() caller: Caller,
    @Query('asOf') asOf?: string,
    @QueryPurpose() purpose?: string,
  ): Promise<RepairEligibility> {
    if (asOf !== undefined && !isValidLocalDate(asOf)) throw invalidQuery([{ path: 'asOf', reason: 'must be a real date YYYY-MM-DD' }]);
    const answer = await this.queries.execute(new RepairEligibilityQuery(subject, asOf));
    return this.personalData.disclose(caller, [subject], answer, 'repair-eligibility', purpose);
  }
}
