import { Body, Controller, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import type { Clock } from '#kernel';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { CLOCK } from '../../shared/storage.tokens.js';
import { stepAnswer } from '../objection-answer.js';
import { OBJECTION_SCHEMA } from '../objection-openapi.js';
import type { ObjectionView } from '../objection-view.js';
import { ObjectionStepCommand } from './objection-step.command.js';
import { AcceptanceDto, AnswerDto, CheckDto, DecisionDto } from './objection-step.request.dto.js';

const ANSWER = {
  description: 'The case after the step, with its time limits and the position to read it back at',
  schema: OBJECTION_SCHEMA,
};
const OUT_OF_ORDER = 'A step out of order, or on a closed case, is refused (409) naming the step the case waits for.';

/** The steps of a case after filing, each in its order; the credit office takes the platform’s, the source department answers. */
@ApiTags('objections')
@ApiSecurity('apiKey')
@ApiParam({ name: 'id', description: 'The objection id' })
@Controller('v1/objections/:id')
@UseGuards(ApiKeyGuard)
export class ObjectionStepsHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly personalData: PersonalData,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('acceptance')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'ObjectionsController_acceptance',
    summary: 'Accept the objection or not (受理), within its working days (credit office only)',
    description: `Not accepted closes the case and removes the flag. ${OUT_OF_ORDER}`,
  })
  @ApiQueryPurpose()
  @ApiOkResponse(ANSWER)
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async acceptance(
    @Param('id') id: string,
    @Body() body: AcceptanceDto,
    @CurrentCaller() caller: Caller,
    @QueryPurpose() purpose?: string,
  ): Promise<ObjectionView> {
    const step = body.accepted ? { kind: 'accept' as const } : { kind: 'not-accept' as const, reason: body.reason };
    return this.take(id, step, body.on, caller, purpose);
  }

  @Post('check')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'ObjectionsController_check',
    summary: 'Record the platform check and pass the case to the source department (credit office only)',
    description: OUT_OF_ORDER,
  })
  @ApiQueryPurpose()
  @ApiOkResponse(ANSWER)
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async check(@Param('id') id: string, @Body() body: CheckDto, @CurrentCaller() caller: Caller, @QueryPurpose() purpose?: string) {
    return this.take(id, { kind: 'check', finding: body.finding }, body.on, caller, purpose);
  }

  @Post('answer')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'ObjectionsController_answer',
    summary:
      'The source department’s answer: correction, revocation or no change (the department that recorded the record, or the credit office)',
    description: `Another department is refused (403). ${OUT_OF_ORDER}`,
  })
  @ApiQueryPurpose()
  @ApiOkResponse(ANSWER)
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async answer(@Param('id') id: string, @Body() body: AnswerDto, @CurrentCaller() caller: Caller, @QueryPurpose() purpose?: string) {
    return this.take(id, { kind: 'answer', proposes: body.proposes, explanation: body.explanation }, body.on, caller, purpose);
  }

  @Post('decision')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'ObjectionsController_decision',
    summary: 'Decide: upheld with correction, upheld with revocation (void from the start), or rejected (credit office only)',
    description:
      'upheld-correction names the corrected fact the source department recorded (e.g. PenaltyCorrected) as correctionEventId. ' +
      'upheld-revocation records RecordRevoked on the subject’s stream: every listing the record caused is delisted void from the ' +
      'start (reason revoked): it never applied, on any date, in measures, lists, checks, the public view and the push. ' +
      `rejected removes the flag. ${OUT_OF_ORDER}`,
  })
  @ApiQueryPurpose()
  @ApiOkResponse(ANSWER)
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async decision(@Param('id') id: string, @Body() body: DecisionDto, @CurrentCaller() caller: Caller, @QueryPurpose() purpose?: string) {
    const step = {
      kind: 'decide' as const,
      outcome: body.outcome,
      reason: body.reason,
      ...(body.correctionEventId !== undefined ? { correctionEventId: body.correctionEventId } : {}),
    };
    return this.take(id, step, body.on, caller, purpose);
  }

  private async take(
    id: string,
    step: ObjectionStepCommand['step'],
    on: string | undefined,
    caller: Caller,
    purpose: string | undefined,
  ): Promise<ObjectionView> {
    const result = await this.commands.execute(new ObjectionStepCommand(id, step, on, caller));
    return stepAnswer(result, this.clock, caller, this.personalData, purpose);
  }
}
