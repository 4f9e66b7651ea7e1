import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import type { DeadLetter } from '#read-model';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { DEAD_LETTERS_SCHEMA, REPLAY_SCHEMA, ReplayDeadLettersRequest } from '../subscription-openapi.js';
import { checkedSubscriptionId, subscriptionProblem } from '../subscription-problem.js';
import { ListDeadLettersQuery, ReplayDeadLettersCommand } from './dead-letters.messages.js';

@ApiTags('subscriptions')
@ApiSecurity('apiKey')
@Controller('v1/subscriptions')
@UseGuards(ApiKeyGuard)
export class DeadLettersHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get(':id/dead-letters')
  @ApiOperation({
    operationId: 'SubscriptionsController_deadLetters',
    summary: 'Deliveries that failed as often as allowed: their changes, attempts, last status or error, and when',
    description: 'While a dead letter waits, later changes of its subjects wait too (per-subject order); other subjects go on.',
  })
  @ApiOkResponse({ description: 'Oldest first', schema: DEAD_LETTERS_SCHEMA })
  @ApiProblems(400, 401, 403, 404)
  async list(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<{ deadLetters: DeadLetter[] }> {
    const outcome = await this.queries.execute(new ListDeadLettersQuery(checkedSubscriptionId(id), caller));
    if (!outcome.ok) throw subscriptionProblem(outcome.error);
    return { deadLetters: outcome.deadLetters };
  }

  @Post(':id/dead-letters/replay')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'SubscriptionsController_replayDeadLetters',
    summary: 'Send dead letters again (all, or those named), each with its Idempotency-Key, then what they held, in order',
  })
  @ApiBody({ type: ReplayDeadLettersRequest, required: false })
  @ApiAcceptedResponse({ description: 'Queued again (recorded on the subscription’s stream)', schema: REPLAY_SCHEMA })
  @ApiProblems(400, 401, 403, 404, 409)
  async replay(
    @Param('id') id: string,
    @Body() body: ReplayDeadLettersRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<{ subscriptionId: string; replayed: number }> {
    const subscriptionId = checkedSubscriptionId(id);
    const outcome = await this.commands.execute(new ReplayDeadLettersCommand(subscriptionId, body?.deliveryIds, caller));
    if (!outcome.ok) throw subscriptionProblem(outcome.error);
    return { subscriptionId, replayed: outcome.replayed };
  }
}
