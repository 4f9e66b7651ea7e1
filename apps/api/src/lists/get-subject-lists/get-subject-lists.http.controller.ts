import { Controller, Get, Headers, Param, Query, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { RelationsReader, type Relation } from '#read-model';
import { ApiKeyGuard } from '../auth/api-key.guard.js';
import { CurrentCaller } from '../auth/current-caller.decorator.js';
import { MeasureLists, type SubjectMeasures } from '../measures/measure-lists.js';
import { MeasureQueryParams } from '../queries/measure-query.params.js';
import { ApiProblems } from '../problems/api-problems.decorator.js';
import { PersonalData } from '../queries/personal-data.js';
import { ApiQueryPurpose, QueryPurpose } from '../queries/query-purpose.js';
import { ReadYourWrites } from '../queries/read-your-writes.js';
import { SubjectCodePipe } from '../subjects/subject-code.pipe.js';

export type SubjectLists = Omit<SubjectMeasures, 'measures'> & { readonly relations: Relation[] };

@ApiTags('lists')
@ApiSecurity('apiKey')
@Controller('v1/subjects')
@UseGuards(ApiKeyGuard)
export class ListsController {
  constructor(
    private readonly measureLists: MeasureLists,
    private readonly relations: RelationsReader,
    private readonly params: MeasureQueryParams,
    private readonly readYourWrites: ReadYourWrites,
    private readonly personalData: PersonalData,
  ) {}

  @Get(':code/lists')
  @ApiOperation({
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
    const position = after ?? afterHeader;
    await this.readYourWrites.waitFor(position, ['listings', 'relations']);
    const [[{ measures: _measures, ...lists }], relations] = await Promise.all([
      this.measureLists.of([code], query, { exact: position !== undefined }),
      this.relations.of(code),
    ]);
    return this.personalData.disclose(caller, [code], { ...lists, relations }, 'lists', purpose);
  }
}
