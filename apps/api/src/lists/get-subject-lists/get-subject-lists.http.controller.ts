import { Controller, Get, Headers, Param, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { MeasureQueryParams } from '../../shared/measure-query.params.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { SubjectCodePipe } from '../../shared/subject-code.pipe.js';
import { SubjectListsQuery, type SubjectLists } from './get-subject-lists.query.js';

@ApiTags('lists')
@ApiSecurity('apiKey')
@Controller('v1/subjects')
@UseGuards(ApiKeyGuard)
export class GetSubjectListsHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly params: MeasureQueryParams,
    private readonly personalData: PersonalData,
  ) {}

  @Get(':code/lists')
  @ApiOperation({
    operationId: 'ListsController_lists',
    summary: 'The subject’s red and black list entries with their validity on a date, and the roles that link it to others',
    description:
      'Every entry the subject ever had, with since / until / ended and its status on `asOf` (not-yet, active, expired, ended); ' +
      'for a person also the organisations’ entries that reach them through a role; and the relations (法定代表人 …) recorded for it. ' +
      'Other persons’ 身份证号 are masked unless you are the credit office; an answer that holds a person’s number needs a purpose ' +
      'and is recorded in the access log.',
  })
  @ApiParam({ name: 'code', description: '统一社会信用代码 or 身份证号' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD; defaults to today in Asia/Shanghai' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected' })
  @ApiQueryPurpose()
  @ApiHeader({ name: 'x-after-position', required: false, description: 'Same as `after`' })
  @ApiOkResponse({ description: 'The subject’s list entries and relations', schema: { $ref: '#/components/schemas/SubjectLists' } })
  @ApiProblems(400, 401, 503)
  async lists(
    @Param('code', new SubjectCodePipe()) code: string,
    @CurrentCaller() caller: Caller,
    @Query('asOf') asOf?: string,
    @Query('after') after?: string,
    @Headers('x-after-position') afterHeader?: string,
    @QueryPurpose() purpose?: string,
  ): Promise<SubjectLists> {
    const query = this.params.parse({ asOf });
    const lists = await this.queries.execute(new SubjectListsQuery(code, query, after ?? afterHeader));
    return this.personalData.disclose(caller, [code], lists, 'lists', purpose);
  }
}
