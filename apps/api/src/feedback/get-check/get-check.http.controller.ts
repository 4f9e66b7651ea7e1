import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { refusalException } from '../../shared/problems/refusal-problem.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { checkedId } from '../check-id.js';
import type { CheckView } from './check-view.js';
import { GetCheckQuery } from './get-check.query.js';

@ApiTags('feedback')
@ApiSecurity('apiKey')
@Controller('v1/checks')
@UseGuards(ApiKeyGuard)
export class GetCheckHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
  ) {}

  @Get(':checkId')
  @ApiOperation({
    operationId: 'FeedbackController_check',
    summary: 'A check of record with its feedback and revocations, each measure linked to its list entry and listing fact',
    description:
      'The department that made the check, or the credit office. A check of a natural person needs a purpose, as the measures queries do.',
  })
  @ApiParam({ name: 'checkId', example: '0b7f6c2e-3d4a-4e5f-8a9b-1c2d3e4f5a6b' })
  @ApiQueryPurpose()
  @ApiOkResponse({ description: 'The check and its feedback', schema: { $ref: '#/components/schemas/CheckOfRecord' } })
  @ApiProblems(400, 401, 403, 404)
  async check(@Param('checkId') checkId: string, @CurrentCaller() caller: Caller, @QueryPurpose() purpose?: string): Promise<CheckView> {
    const answer = await this.queries.execute(new GetCheckQuery(checkedId(checkId, 'checkId'), caller));
    if (!answer.ok) throw refusalException(answer.refusal);
    return this.personalData.disclose(caller, answer.check.subjects, answer.check, 'check', purpose);
  }
}
