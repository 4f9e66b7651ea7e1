import { Controller, Get, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { SubjectCodeOrLegacy } from '../../shared/subject-code-or-legacy.decorator.js';
import { SubjectHistoryQuery, type SubjectHistory } from './get-subject-history.query.js';

@ApiTags('subjects')
@ApiSecurity('apiKey')
@Controller('v1/subjects')
@UseGuards(ApiKeyGuard)
export class GetSubjectHistoryHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
  ) {}

  @Get(':code/history')
  @ApiOperation({
    operationId: 'SubjectsController_history',
    summary: 'The subject’s events in the order they were recorded',
    description:
      'An unknown but valid code answers an empty history. Other persons’ 身份证号 in the events are masked unless you are ' +
      'the credit office; an answer that holds a person’s number needs a purpose and is recorded in the access log. A record ' +
      'repaired under 令第36号 (CreditRepairDecided approved) is no longer shared: only its deciding department and the credit ' +
      'office see it and the events resting on it.',
  })
  // Swagger lists these bottom-up: code, legacy, then the purpose.
  @ApiQueryPurpose()
  @ApiQuery({
    name: 'legacy',
    required: false,
    type: Boolean,
    description: 'Accept a code that fails its check (a verified pre-2016 code)',
  })
  @ApiParam({ name: 'code', type: String, description: '统一社会信用代码 or 身份证号', example: '91110000600037341L' })
  @ApiOkResponse({ description: 'The subject’s events, oldest first', schema: { $ref: '#/components/schemas/SubjectHistory' } })
  @ApiProblems(400, 401)
  async history(
    @SubjectCodeOrLegacy() subject: string,
    @CurrentCaller() caller: Caller,
    @QueryPurpose() purpose?: string,
  ): Promise<SubjectHistory> {
    const viewer = { department: caller.department.id, creditOffice: caller.department.roles.includes('credit-office') };
    const history = await this.queries.execute(new SubjectHistoryQuery(subject, viewer));
    return this.personalData.disclose(caller, [subject], history, 'history', purpose);
  }
}
