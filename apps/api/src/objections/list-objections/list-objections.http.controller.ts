import { Controller, Get, Headers, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { OBJECTION_SCHEMA } from '../objection-openapi.js';
import { parseListObjectionsParams, type ListObjectionsParams } from './list-objections.params.js';
import { ListObjectionsQuery, type ObjectionQueue } from './list-objections.query.js';

@ApiTags('objections')
@ApiSecurity('apiKey')
@Controller('v1/objections')
@UseGuards(ApiKeyGuard)
export class ListObjectionsHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'ObjectionsController_list',
    summary: 'The objection queue: each case with its steps’ deadlines on the working-day calendar and whether one is overdue',
    description:
      'Oldest filing first. The credit office sees every case; a department sees the objections to the records it recorded ' +
      '(it answers them).',
  })
  @ApiQuery({ name: 'status', required: false, description: 'open, or one of filed, accepted, not-accepted, checked, answered, decided' })
  @ApiQuery({ name: 'overdue', required: false, description: 'true: only cases with a step past its time limit; false: none' })
  @ApiQuery({ name: 'subject', required: false })
  @ApiQuery({ name: 'department', required: false, description: 'The source department (credit office only)' })
  @ApiQuery({ name: 'limit', required: false, description: '1–1000, default 100' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by a write: wait (bounded) until it is reflected' })
  @ApiHeader({ name: 'x-after-position', required: false, description: 'Same as `after`' })
  @ApiQueryPurpose()
  @ApiOkResponse({
    description: 'The cases',
    schema: {
      type: 'object',
      required: ['asOf', 'objections'],
      properties: { asOf: { type: 'string', format: 'date' }, objections: { type: 'array', items: OBJECTION_SCHEMA } },
    },
  })
  @ApiProblems(400, 401, 403, 503)
  async list(
    @Query() params: ListObjectionsParams,
    @CurrentCaller() caller: Caller,
    @Headers('x-after-position') afterHeader?: string,
    @QueryPurpose() purpose?: string,
  ): Promise<ObjectionQueue> {
    const selection = parseListObjectionsParams({ ...params, after: params.after ?? afterHeader }, caller);
    const queue = await this.queries.execute(new ListObjectionsQuery(selection));
    return this.personalData.disclose(caller, [], queue, 'objections', purpose);
  }
}
