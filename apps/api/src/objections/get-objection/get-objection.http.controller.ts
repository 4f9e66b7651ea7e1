import { Controller, Get, Headers, Inject, Param, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { parsePosition } from '#event-store';
import { refusal, todayInShanghai, type Clock } from '#kernel';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { refusalException } from '../../shared/problems/refusal-problem.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { CLOCK } from '../../shared/storage.tokens.js';
import { OBJECTION_SCHEMA } from '../objection-openapi.js';
import { objectionView, type ObjectionView } from '../objection-view.js';
import { GetObjectionQuery } from './get-objection.query.js';

@ApiTags('objections')
@ApiSecurity('apiKey')
@Controller('v1/objections')
@UseGuards(ApiKeyGuard)
export class GetObjectionHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id')
  @ApiOperation({
    operationId: 'ObjectionsController_get',
    summary: 'One objection case with its steps, deadlines and decision (the credit office, or the source department)',
  })
  @ApiParam({ name: 'id', description: 'The objection id' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by a write: wait (bounded) until it is reflected' })
  @ApiHeader({ name: 'x-after-position', required: false, description: 'Same as `after`' })
  @ApiQueryPurpose()
  @ApiOkResponse({ description: 'The case', schema: OBJECTION_SCHEMA })
  @ApiProblems(400, 401, 403, 404, 503)
  async get(
    @Param('id') id: string,
    @CurrentCaller() caller: Caller,
    @Query('after') after?: string,
    @Headers('x-after-position') afterHeader?: string,
    @QueryPurpose() purpose?: string,
  ): Promise<ObjectionView> {
    const position = after ?? afterHeader;
    if (position !== undefined && !parsePosition(position))
      throw invalidQuery([{ path: 'after', reason: 'must be a position answered by a write (<commit>-<prepare>)' }]);
    const objection = await this.queries.execute(new GetObjectionQuery(id, position));
    if (!objection)
      throw refusalException(
        refusal('not-found', 'unknown-objection', 'No such objection', [{ path: 'id', reason: `no objection ${id}` }]),
      );
    const office = caller.department.roles.includes('credit-office');
    if (!office && objection.record.department !== caller.department.id) {
      throw refusalException(
        refusal('forbidden', 'other-department-objection', 'Only the credit office sees other departments’ objections', [
          { path: 'id', reason: `the record objected to was recorded by another department, not ${caller.department.id}` },
        ]),
      );
    }
    return this.personalData.disclose(caller, [], objectionView(objection, todayInShanghai(this.clock.now())), 'objections', purpose);
  }
}
