import { Controller, Get, Headers, Inject, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import type { ListCandidatePage } from '#read-model';
import { listTypesByDecision, type CompiledRuleSet } from '#rules';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { RULES } from '../../shared/storage.tokens.js';
import { parseListCandidatesParams, type ListCandidatesParams } from './list-candidates.params.js';
import { ListCandidatesQuery } from './list-candidates.query.js';

@ApiTags('lists')
@ApiSecurity('apiKey')
@Controller('v1')
@UseGuards(ApiKeyGuard)
export class ListCandidatesHttpController {
  private readonly listTypes: ReadonlySet<string>;

  constructor(
    private readonly queries: QueryBus,
    @Inject(RULES) rules: CompiledRuleSet,
  ) {
    this.listTypes = listTypesByDecision(rules);
  }

  @Get('list-candidates')
  @ApiOperation({
    operationId: 'ListsController_candidates',
    summary: 'Subjects whose facts meet a criterion of a list that only a decision starts, with the steps still missing',
    description:
      'Where the law lists by a decision of the competent authority (人社部令第45号, 应急管理部令第11号, 国家税务总局令第54号), a ' +
      'qualifying fact makes the subject a candidate until the decision is recorded. Each candidate names the criterion, the regime, ' +
      'the qualifying fact and the procedural steps (责令限期支付, 逾期未支付, 告知 …) with those still missing. A department sees the ' +
      'candidates of the facts it recorded; the credit office sees all and may filter by department. Paged: pass `next` back as `cursor`.',
  })
  @ApiQuery({ name: 'listType', required: true, description: 'A list type listed by decision, e.g. wage-arrears' })
  @ApiQuery({ name: 'department', required: false, description: 'The department that recorded the qualifying fact (credit office only)' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–1000, default 100' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected' })
  @ApiHeader({ name: 'x-after-position', required: false, description: 'Same as `after`' })
  @ApiOkResponse({ description: 'A page of candidates', schema: { $ref: '#/components/schemas/ListCandidatePage' } })
  @ApiProblems(400, 401, 403, 503)
  candidates(
    @Query() params: ListCandidatesParams,
    @CurrentCaller() caller: Caller,
    @Headers('x-after-position') afterHeader?: string,
  ): Promise<ListCandidatePage> {
    const { filter, cursor, limit, after } = parseListCandidatesParams(
      { ...params, after: params.after ?? afterHeader },
      this.listTypes,
      caller,
    );
    return this.queries.execute(new ListCandidatesQuery(filter, cursor, limit, after));
  }
}
