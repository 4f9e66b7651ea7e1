import { Body, Controller, HttpCode, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import type { ActivationPlan } from '#ingestion';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { EffectiveFromDto, effectiveFromOf } from '../effective-from.request.dto.js';
import { lifecycleProblem } from '../rule-set-problem.js';
import { ACTIVATION_PLAN_SCHEMA } from '../rule-set-openapi.js';
import { ActivateRuleSetCommand } from './activate-rule-set.command.js';

@ApiTags('rule-sets')
@ApiSecurity('apiKey')
@Controller('v1/rule-sets')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class ActivateRuleSetHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':version/activation')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'RuleSetsController_activate',
    summary: 'Activate a published version from a date and record the list changes it implies (credit office only)',
    description:
      'RuleSetActivated, then SubjectListed / SubjectDelisted on each affected subject from that date, then RuleSetReevaluated. ' +
      'Runs within the request: at city scale it takes as long as the preview (every subject either rule set lists on); a ' +
      'client that stops waiting does not stop it. Every running api records and answers under the new set from its date ' +
      'on. Errors as the preview’s.',
  })
  @ApiOkResponse({ description: 'The plan carried out', schema: ACTIVATION_PLAN_SCHEMA })
  @ApiProblems(401, 403, 404, 409, 422)
  async activate(
    @Param('version') version: string,
    @Body() body: EffectiveFromDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ActivationPlan> {
    const outcome = await this.commands.execute(new ActivateRuleSetCommand(version, effectiveFromOf(body), caller));
    if (!outcome.ok) throw lifecycleProblem(outcome.refused);
    return outcome.plan;
  }
}
