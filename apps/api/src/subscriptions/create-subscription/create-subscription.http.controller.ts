import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { CreateSubscriptionRequest, ISSUED_SUBSCRIPTION_SCHEMA } from '../subscription-openapi.js';
import { subscriptionProblem } from '../subscription-problem.js';
import { CreateSubscriptionCommand, type IssuedSubscription } from './create-subscription.command.js';

@ApiTags('subscriptions')
@ApiSecurity('apiKey')
@Controller('v1/subscriptions')
@UseGuards(ApiKeyGuard)
export class CreateSubscriptionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    operationId: 'SubscriptionsController_create',
    summary: 'Subscribe a URL to list changes (and new registrations); the signing secret is in this answer only',
    description:
      'Every change recorded after the subscription is POSTed to `url` at least once, signed (`X-Jiangcheng-Signature: ' +
      't=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`) with an `Idempotency-Key`, in log order per subject, ' +
      'retried with back-off and kept as a dead letter after the configured number of failures. Filters narrow the list changes: ' +
      '`listTypes`, `scenarios` (list types with a measure in one of them), `ownMeasures` (list types with a measure the ' +
      'calling department implements); `registrations: true` adds new registrations (双告知).',
  })
  @ApiBody({ type: CreateSubscriptionRequest })
  @ApiCreatedResponse({ description: 'The subscription and its secret', schema: ISSUED_SUBSCRIPTION_SCHEMA })
  @ApiProblems(400, 401, 422, 503)
  async create(@Body() body: CreateSubscriptionRequest, @CurrentCaller() caller: Caller): Promise<IssuedSubscription> {
    const outcome = await this.commands.execute(new CreateSubscriptionCommand(body, caller));
    if (!outcome.ok) throw subscriptionProblem(outcome.error);
    return outcome.subscription;
  }
}
