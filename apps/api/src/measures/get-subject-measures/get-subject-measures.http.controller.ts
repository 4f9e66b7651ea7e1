import { Controller, Get, Headers, Param, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { SCENARIOS } from '#rules';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { MeasureQueryParams } from '../../shared/measure-query.params.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import type { SubjectMeasures } from '../../shared/measure-lists.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { SubjectCodePipe } from '../../shared/subject-code.pipe.js';
import { SubjectMeasuresQuery } from './get-subject-measures.query.js';

const AFTER_HEADER = 'x-after-position';

@ApiTags('measures')
@ApiSecurity('apiKey')
@Controller('v1')
@UseGuards(ApiKeyGuard)
export class GetSubjectMeasuresHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly params: MeasureQueryParams,
    private readonly personalData: PersonalData,
  ) {}

  @Get('subjects/:code/measures')
  @ApiOperation({
    operationId: 'MeasuresController_measures',
    summary: 'The sanctions and incentives that apply to the subject on a date, each with its legal basis and proof',
    description:
      'From the subject’s recorded list entries and, for a person, the entries of organisations that reach them through ' +
      'a role (法定代表人、主要负责人…), under the active rule set. Each measure names its memorandum basis and, in ' +
      '`because`, the list entries, the role and the event ids behind it. A valid but unknown subject answers an empty, ' +
      'well-formed list. Queries about natural persons are recorded in the access log.',
  })
  @ApiParam({ name: 'code', description: '统一社会信用代码 or 身份证号', example: '91110000600037341L' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD; defaults to today in Asia/Shanghai' })
  @ApiQuery({ name: 'scenario', required: false, enum: Object.keys(SCENARIOS) })
  @ApiQuery({
    name: 'department',
    required: false,
    description:
      'Only the measures this department implements: a department registry id, name, alias or former name (e.g. mof, 财政部, ' +
      '国土资源部 → 自然资源部); a local department (安康市财政局) finds its national counterpart’s measures. Advisory ' +
      '(category-3) measures are no department’s obligation and are left out',
  })
  @ApiQuery({
    name: 'after',
    required: false,
    description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected, else 503',
  })
  @ApiQueryPurpose()
  @ApiHeader({ name: AFTER_HEADER, required: false, description: 'Same as `after`' })
  @ApiOkResponse({ description: 'The subject’s measures on `asOf`', schema: { $ref: '#/components/schemas/SubjectMeasures' } })
  @ApiProblems(400, 401, 503)
  async measures(
    @Param('code', new SubjectCodePipe()) code: string,
    @CurrentCaller() caller: Caller,
    @Query('asOf') asOf?: string,
    @Query('scenario') scenario?: string,
    @Query('department') department?: string,
    @Query('after') after?: string,
    @Headers(AFTER_HEADER) afterHeader?: string,
    @QueryPurpose() purpose?: string,
  ): Promise<SubjectMeasures> {
    const query = this.params.parse({ asOf, scenario, department });
    const answer = await this.queries.execute(new SubjectMeasuresQuery(code, query, after ?? afterHeader));
    return this.personalData.disclose(caller, [code], answer, 'measures', purpose);
  }
}
