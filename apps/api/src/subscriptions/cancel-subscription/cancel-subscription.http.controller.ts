import { Controller, Delete, Param, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { SUBSCRIPTION_SCHEMA } from '../subscription-openapi.js';
import { checkedSubscriptionId, subscriptionProblem } from '../subscription-problem.js';
import type { SubscriptionView } from '../subscription-view.js';
import { CancelSubscriptionCommand } from './cancel-subscription.command.js';

@ApiTags('subscriptions')
@ApiSecurity('apiKey')
@Controller('v1/subscriptions')
@UseGuards(ApiKeyGuard)
export class CancelSubscriptionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id')
  @ApiOperation({
    operationId: 'SubscriptionsController_cancel',
    summary: 'Cancel a subscription: nothing more is delivered to it, what is queued included',
  })
  @ApiOkResponse({ description: 'The subscription, cancelled', schema: SUBSCRIPTION_SCHEMA })
  @ApiProblems(400, 401, 403, 404, 409)
  async cancel(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<SubscriptionView> {
    const outcome = await this.commands.execute(new CancelSubscriptionCommand(checkedSubscriptionId(id), caller));
    if (!outcome.ok) throw subscriptionProblem(outcome.error);
    return outcome.subscription;
  }
}
