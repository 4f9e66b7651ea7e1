import { Controller, DefaultValuePipe, Get, Param, ParseBoolPipe, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../auth/api-key.guard.js';
import { ApiProblems } from '../problems/api-problems.decorator.js';
import { SubjectCodePipe } from './subject-code.pipe.js';
import { SubjectHistoryQuery, type SubjectHistory } from './subject-history.query.js';

@ApiTags('subjects')
@ApiSecurity('apiKey')
@Controller('v1/subjects')
@UseGuards(ApiKeyGuard)
export class SubjectsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':code/history')
  @ApiOperation({
    summary: 'The subject’s events in the order they were recorded',
    description: 'An unknown but valid code answers an empty history.',
  })
  @ApiParam({ name: 'code', description: '统一社会信用代码 or 身份证号', example: '91110000600037341L' })
  @ApiQuery({ name: 'legacy', required: false, description: 'Accept a code that fails its check (a verified pre-2016 code)' })
  @ApiOkResponse({ description: 'The subject’s events, oldest first', schema: { $ref: '#/components/schemas/SubjectHistory' } })
  @ApiProblems(400, 401)
  history(
    @Param('code') code: string,
    @Query('legacy', new DefaultValuePipe(false), ParseBoolPipe) legacy: boolean,
  ): Promise<SubjectHistory> {
    return this.queries.execute(new SubjectHistoryQuery(new SubjectCodePipe(legacy).transform(code)));
  }
}
