import { Body, Controller, HttpCode, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { ActivationPlan } from '#ingestion';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { EffectiveFromDto, effectiveFromOf } from '../effective-from.request.dto.js';
import { lifecycleProblem } from '../rule-set-problem.js';
import { ACTIVATION_PLAN_SCHEMA } from '../rule-set-openapi.js';
import { PreviewActivationQuery } from './preview-activation.query.js';

@ApiTags('rule-sets')
@ApiSecurity('apiKey')
@Controller('v1/rule-sets')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class PreviewActivationHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Post(':version/preview')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'RuleSetsController_preview',
    summary:
      'What activating a published version from a date would change: who gains or loses which entries and measures (credit office only)',
    description:
      'Records nothing; the activation then records exactly these list changes. It examines every subject either rule set ' +
      'lists on, in this request. 404: the version is not published; 409: it is the active one, or the date is before the ' +
      'current activation’s; 422: not a date.',
  })
  @ApiOkResponse({ description: 'The activation plan', schema: ACTIVATION_PLAN_SCHEMA })
  @ApiProblems(401, 403, 404, 409, 422)
  async preview(@Param('version') version: string, @Body() body: EffectiveFromDto): Promise<ActivationPlan> {
    const outcome = await this.queries.execute(new PreviewActivationQuery(version, effectiveFromOf(body)));
    if (!outcome.ok) throw lifecycleProblem(outcome.refused);
    return outcome.plan;
  }
}
