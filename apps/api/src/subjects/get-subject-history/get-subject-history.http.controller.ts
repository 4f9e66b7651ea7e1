import { Controller, DefaultValuePipe, Get, Param, ParseBoolPipe, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../auth/api-key.guard.js';
import { CurrentCaller } from '../auth/current-caller.decorator.js';
import { ApiProblems } from '../problems/api-problems.decorator.js';
import { PersonalData } from '../queries/personal-data.js';
import { ApiQueryPurpose, QueryPurpose } from '../queries/query-purpose.js';
import { SubjectCodePipe } from './subject-code.pipe.js';
import { SubjectHistoryQuery, type SubjectHistory } from './subject-history.query.js';

@ApiTags('subjects')
@ApiSecurity('apiKey')
@Controller('v1/subjects')
@UseGuards(ApiKeyGuard)
export class SubjectsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
  ) {}

  @Get(':code/history')
  @ApiOperation({
    summary: 'The subject’s events in the order they were recorded',
    description:
      'An unknown but valid code answers an empty history. Other persons’ 身份证号 in the events are masked unless you are ' +
      'the credit office; an answer that holds a person’s number needs a purpose and is recorded in the access log.',
  })
  @ApiParam({ name: 'code', description: '统一社会信用代码 or 身份证号', example: '91110000600037341L' })
  @ApiQuery({ name: 'legacy', required: false, description: 'Accept a code that fails its check (a verified pre-2016 code)' })
  @ApiQueryPurpose()
  @ApiOkResponse({ description: 'The subject’s events, oldest first', schema: { $ref: '#/components/schemas/SubjectHistory' } })
  @ApiProblems(400, 401)
  async history(
    @Param('code') code: string,
    @CurrentCaller() caller: Caller,
    @Query('legacy', new DefaultValuePipe(false), ParseBoolPipe) legacy: boolean,
    @QueryPurpose() purpose?: string,
  ): Promise<SubjectHistory> {
    const subject = new SubjectCodePipe(legacy).transform(code);
    const history = await this.queries.execute(new SubjectHistoryQuery(subject));
    return this.personalData.disclose(caller, [subject], history, 'history', purpose);
  }
}
