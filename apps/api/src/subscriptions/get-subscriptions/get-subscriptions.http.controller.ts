import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { SUBSCRIPTION_EXAMPLE, SUBSCRIPTION_SCHEMA } from '../subscription-openapi.js';
import { checkedSubscriptionId, subscriptionProblem } from '../subscription-problem.js';
import type { SubscriptionView } from '../subscription-view.js';
import { GetSubscriptionQuery, ListSubscriptionsQuery } from './get-subscriptions.query.js';

@ApiTags('subscriptions')
@ApiSecurity('apiKey')
@Controller('v1/subscriptions')
@UseGuards(ApiKeyGuard)
export class GetSubscriptionsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    operationId: 'SubscriptionsController_list',
    summary: 'The calling department’s subscriptions, cancelled ones included (the credit office: every department’s)',
    description: 'Read from the outbox, which follows the log: a subscription just created shows within moments.',
  })
  @ApiOkResponse({
    description: 'Newest first',
    schema: {
      type: 'object',
      required: ['subscriptions'],
      properties: { subscriptions: { type: 'array', items: SUBSCRIPTION_SCHEMA } },
      example: { subscriptions: [SUBSCRIPTION_EXAMPLE] },
    },
  })
  @ApiProblems(401)
  async list(@CurrentCaller() caller: Caller): Promise<{ subscriptions: SubscriptionView[] }> {
    return { subscriptions: await this.queries.execute(new ListSubscriptionsQuery(caller)) };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'SubscriptionsController_get', summary: 'One subscription (the department’s own; the credit office: any)' })
  @ApiOkResponse({ description: 'The subscription', schema: SUBSCRIPTION_SCHEMA })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<SubscriptionView> {
    const outcome = await this.queries.execute(new GetSubscriptionQuery(checkedSubscriptionId(id), caller));
    if (!outcome.ok) throw subscriptionProblem(outcome.error);
    return outcome.subscription;
  }
}
