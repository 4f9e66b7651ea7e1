import { Controller, Get, Headers, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { SUBJECT_KINDS, type Caller } from '#credit';
import type { FoundSubjectPage } from '#read-model';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { parseSearchSubjectsParams, type SearchSubjectsParams } from './search-subjects.params.js';
import { SearchSubjectsQuery } from './search-subjects.query.js';

const AFTER_HEADER = 'x-after-position';

@ApiTags('subjects')
@ApiSecurity('apiKey')
@Controller('v1/subjects')
@UseGuards(ApiKeyGuard)
export class SearchSubjectsHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'SubjectsController_search',
    summary: 'Find subjects by code, or organisations by part of their name',
    description:
      '`q`, trimmed: a full 统一社会信用代码 finds that organisation; a full 身份证号 finds that person (needs a purpose, recorded in ' +
      'the access log like every person query); anything else is at least 2 characters of an organisation’s name (as the latest ' +
      'fact gave it), matched anywhere in the name. Persons are never found by name. Ranked: the exact name, then names starting ' +
      'with `q`, then the shortest names holding it, then by code; when many names hold it, those are ranked within a sample ' +
      'and the answer says `capped`. Paged: pass `next` back as `cursor`.',
  })
  @ApiQuery({ name: 'q', required: true, description: '统一社会信用代码, 身份证号, or ≥ 2 characters of a name', example: '汉滨区建' })
  @ApiQuery({ name: 'kind', required: false, enum: Object.keys(SUBJECT_KINDS) })
  @ApiQuery({ name: 'limit', required: false, description: '1–100, default 20' })
  @ApiQuery({ name: 'cursor', required: false, description: 'The `next` of the previous page' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected' })
  @ApiQueryPurpose()
  @ApiHeader({ name: AFTER_HEADER, required: false, description: 'Same as `after`' })
  @ApiOkResponse({ description: 'The subjects found, best first', schema: { $ref: '#/components/schemas/SubjectSearchPage' } })
  @ApiProblems(400, 401, 503)
  async search(
    @Query() params: SearchSubjectsParams & { after?: string },
    @CurrentCaller() caller: Caller,
    @Headers(AFTER_HEADER) afterHeader?: string,
    @QueryPurpose() purpose?: string,
  ): Promise<FoundSubjectPage> {
    const { text, kinds, limit, cursor } = parseSearchSubjectsParams(params);
    const asked = text.by === 'name' ? [] : [text.code];
    this.personalData.requirePurposeFor(asked, purpose);
    const after = typeof params.after === 'string' ? params.after : afterHeader;
    const found = await this.queries.execute(new SearchSubjectsQuery(text, kinds, limit, cursor, after));
    return this.personalData.disclose(caller, asked, found, 'search', purpose);
  }
}
