import { Controller, Get, Headers, Param, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { SubjectCodePipe } from '../../shared/subject-code.pipe.js';
import { SubjectRelationsQuery, type SubjectRelations } from './get-subject-relations.query.js';

const AFTER_HEADER = 'x-after-position';

@ApiTags('subjects')
@ApiSecurity('apiKey')
@Controller('v1/subjects')
@UseGuards(ApiKeyGuard)
export class GetSubjectRelationsHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
  ) {}

  @Get(':code/relations')
  @ApiOperation({
    operationId: 'SubjectsController_relations',
    summary: 'The persons and organisations related to the subject through roles, with their periods of office',
    description:
      'For an organisation, the persons who hold or held a role in it (法定代表人、主要负责人、实际控制人…); for a person, the ' +
      'organisations they hold or held roles in; oldest appointment first, `to` absent while in office. Other persons’ 身份证号 ' +
      'are masked unless you are the credit office; an answer that holds a person’s number needs a purpose and is recorded in ' +
      'the access log. A valid but unknown code answers an empty list.',
  })
  @ApiParam({ name: 'code', description: '统一社会信用代码 or 身份证号', example: '91110000600037341L' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected' })
  @ApiQueryPurpose()
  @ApiHeader({ name: AFTER_HEADER, required: false, description: 'Same as `after`' })
  @ApiOkResponse({ description: 'The subject’s relations', schema: { $ref: '#/components/schemas/SubjectRelations' } })
  @ApiProblems(400, 401, 503)
  async relations(
    @Param('code', new SubjectCodePipe()) code: string,
    @CurrentCaller() caller: Caller,
    @Query('after') after?: string,
    @Headers(AFTER_HEADER) afterHeader?: string,
    @QueryPurpose() purpose?: string,
  ): Promise<SubjectRelations> {
    this.personalData.requirePurposeFor([code], purpose);
    const answer = await this.queries.execute(new SubjectRelationsQuery(code, after ?? afterHeader));
    return this.personalData.disclose(caller, [code], answer, 'relations', purpose);
  }
}
