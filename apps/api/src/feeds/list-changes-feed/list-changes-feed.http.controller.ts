import { Controller, Get, Inject, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import type { CompiledRuleSet } from '#rules';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { DELIVERED_CHANGE_SCHEMA } from '../../shared/delivered-change.schema.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { RULES } from '../../shared/storage.tokens.js';
import { parseListChangesFeedParams, type ListChangesFeedParams } from './list-changes-feed.params.js';
import { ListChangesFeedQuery, type ListChangesFeedPage } from './list-changes-feed.query.js';

const ENDPOINT = 'GET /v1/feeds/list-changes';

@ApiTags('feeds')
@ApiSecurity('apiKey')
@Controller('v1/feeds')
@UseGuards(ApiKeyGuard)
export class ListChangesFeedHttpController {
  private readonly listTypes: ReadonlySet<string>;

  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
    @Inject(RULES) rules: CompiledRuleSet,
  ) {
    this.listTypes = new Set(rules.listTypes.keys());
  }

  @Get('list-changes')
  @ApiOperation({
    operationId: 'FeedsController_listChanges',
    summary: 'List changes after a position, in log order: the pull feed for systems that poll',
    description:
      'The same change shape as a webhook delivery. Start without `after`, then pass `next` back as `after`; `next` stays ' +
      'the same while nothing new is recorded. Any department may read it; a 身份证号 is masked for all but the credit office.',
  })
  @ApiQuery({ name: 'after', required: false, description: 'A position: the changes strictly after it' })
  @ApiQuery({ name: 'listType', required: false, description: 'Only this list type' })
  @ApiQuery({ name: 'limit', required: false, description: '1–1000, default 100' })
  @ApiQueryPurpose()
  @ApiOkResponse({
    description: 'A page of changes',
    schema: {
      type: 'object',
      required: ['changes', 'next'],
      properties: { changes: { type: 'array', items: DELIVERED_CHANGE_SCHEMA }, next: { type: 'string', nullable: true } },
      example: { changes: [DELIVERED_CHANGE_SCHEMA.example], next: '1234-5678' },
    },
  })
  @ApiProblems(400, 401)
  async feed(
    @Query() params: ListChangesFeedParams,
    @CurrentCaller() caller: Caller,
    @QueryPurpose() purpose?: string,
  ): Promise<ListChangesFeedPage> {
    const { after, listType, limit } = parseListChangesFeedParams(params, this.listTypes);
    const page = await this.queries.execute(new ListChangesFeedQuery(after, listType, limit));
    return this.personalData.disclose(caller, [], page, ENDPOINT, purpose);
  }
}
