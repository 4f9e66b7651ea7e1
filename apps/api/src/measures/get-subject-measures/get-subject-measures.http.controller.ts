import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { SCENARIOS } from '#rules';
import { ApiKeyGuard } from '../auth/api-key.guard.js';
import { CurrentCaller } from '../auth/current-caller.decorator.js';
import { invalidQuery } from '../queries/invalid-query.js';
import { MeasureQueryParams } from '../queries/measure-query.params.js';
import { ApiProblems } from '../problems/api-problems.decorator.js';
import { PersonalData } from '../queries/personal-data.js';
import { ApiQueryPurpose, purposeOf, QueryPurpose } from '../queries/query-purpose.js';
import { ReadYourWrites } from '../queries/read-your-writes.js';
import { checkSubjectCode, SubjectCodePipe } from '../subjects/subject-code.pipe.js';
import { ChecksDto } from './checks.dto.js';
import { MEASURE_PROJECTIONS, MeasureLists, type SubjectMeasures } from './measure-lists.js';

const AFTER_HEADER = 'x-after-position';

@ApiTags('measures')
@ApiSecurity('apiKey')
@Controller('v1')
@UseGuards(ApiKeyGuard)
export class MeasuresController {
  constructor(
    private readonly measureLists: MeasureLists,
    private readonly params: MeasureQueryParams,
    private readonly readYourWrites: ReadYourWrites,
    private readonly personalData: PersonalData,
  ) {}

  @Get('subjects/:code/measures')
  @ApiOperation({
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
  @ApiQuery({ name: 'department', required: false, description: 'Only the measures this implementing department applies, e.g. 财政部' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected, else 503' })
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
    const position = after ?? afterHeader;
    await this.readYourWrites.waitFor(position, MEASURE_PROJECTIONS);
    const [answer] = await this.measureLists.of([code], query, { exact: position !== undefined });
    return this.personalData.disclose(caller, [code], answer, 'measures', purpose);
  }

  @Post('checks')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The measures of up to 1,000 subjects in one call, for approval systems and award vetting',
    description:
      'Each subject is answered as by GET /v1/subjects/{code}/measures, in the order given (a code given twice is answered ' +
      'twice). Any invalid code, date, scenario or department refuses the whole batch with a 400 naming each item. ' +
      'A batch with a natural person needs a purpose (`purpose` in the body, `?purpose=` or X-Query-Purpose).',
  })
  @ApiQueryPurpose()
  @ApiOkResponse({ description: 'One answer per subject, in the order given', schema: { $ref: '#/components/schemas/ChecksResult' } })
  @ApiProblems(400, 401, 413, 503)
  async checks(@Body() body: ChecksDto, @CurrentCaller() caller: Caller, @Req() request: Request): Promise<{ asOf: string; results: SubjectMeasures[] }> {
    const purpose = purposeOf(request, body.purpose);
    const errors = this.params.problems(body);
    const codes = body.subjects.map((value, i) => {
      const check = checkSubjectCode(value);
      if (!check.ok) errors.push({ field: `subjects[${i}]`, reason: check.reason });
      return check.ok ? check.code : value;
    });
    if (errors.length) throw invalidQuery(errors);
    const query = this.params.parse(body);
    await this.readYourWrites.waitFor(body.after, MEASURE_PROJECTIONS);
    const unique = [...new Set(codes)];
    const answers = new Map((await this.measureLists.of(unique, query, { exact: body.after !== undefined })).map((a) => [a.subject, a]));
    return this.personalData.disclose(caller, codes, { asOf: query.asOf, results: codes.map((code) => answers.get(code)!) }, 'checks', purpose);
  }
}
