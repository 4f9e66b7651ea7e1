import { Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ROTATED_SECRET_SCHEMA } from '../subscription-openapi.js';
import { checkedSubscriptionId, subscriptionProblem } from '../subscription-problem.js';
import { RotateSecretCommand, type RotatedSecret } from './rotate-secret.command.js';

@ApiTags('subscriptions')
@ApiSecurity('apiKey')
@Controller('v1/subscriptions')
@UseGuards(ApiKeyGuard)
export class RotateSecretHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/secret')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'SubscriptionsController_rotateSecret',
    summary: 'Rotate the signing secret; the new one is in this answer only and signs the deliveries sent from now on',
  })
  @ApiOkResponse({ description: 'The new secret', schema: ROTATED_SECRET_SCHEMA })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async rotate(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<RotatedSecret> {
    const outcome = await this.commands.execute(new RotateSecretCommand(checkedSubscriptionId(id), caller));
    if (!outcome.ok) throw subscriptionProblem(outcome.error);
    return outcome.rotated;
  }
}
