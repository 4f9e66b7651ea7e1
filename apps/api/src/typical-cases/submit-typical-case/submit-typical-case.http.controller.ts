import { Body, Controller, Headers, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { correlationId } from '../../shared/headers/correlation-id.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { refusalException } from '../../shared/problems/refusal-problem.js';
import { TYPICAL_CASE_EXAMPLE, TYPICAL_CASE_PROPERTIES } from '../typical-case-example.js';
import { SubmitTypicalCaseDto } from './submit-typical-case.request.dto.js';
import { SubmitTypicalCaseCommand, type SubmittedCase } from './submit-typical-case.command.js';

@ApiTags('typical-cases')
@ApiSecurity('apiKey')
@Controller('v1/typical-cases')
@UseGuards(ApiKeyGuard)
export class SubmitTypicalCaseHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    operationId: 'TypicalCasesController_submit',
    summary: 'Send the credit office a typical case (典型案例) of joint reward or punishment',
    description:
      'The case counts for the calling department in the quarter of the day it is received (the plan asks each department ' +
      'for at least two a quarter: GET /v1/statistics/typical-cases). Every field is checked; a bad one is a 422 naming it. ' +
      'The answer carries the case id and the position to pass as `after` to read it back.',
  })
  @ApiHeader({ name: 'x-correlation-id', required: false, description: 'Ties the event to your request in the audit trail' })
  @ApiBody({ type: SubmitTypicalCaseDto })
  @ApiCreatedResponse({
    description: 'The case as recorded',
    schema: {
      type: 'object',
      required: ['id', 'department', 'kind', 'title', 'subjects', 'submittedOn', 'position'],
      properties: { ...TYPICAL_CASE_PROPERTIES, position: { type: 'string', description: 'Pass as `after` to read it back' } },
      example: {
        id: '5b0f3d0e-2b0a-4c1e-9f7d-0d6c1f8a9e01',
        department: 'akfy',
        ...TYPICAL_CASE_EXAMPLE,
        submittedOn: '2026-10-12',
        position: '1043-5512',
      },
    },
  })
  @ApiProblems(400, 401, 422)
  async submit(
    @Body() body: SubmitTypicalCaseDto,
    @CurrentCaller() caller: Caller,
    @Headers('x-correlation-id') correlationHeader?: string,
  ): Promise<SubmittedCase> {
    const outcome = await this.commands.execute(new SubmitTypicalCaseCommand({ ...body }, caller, correlationId(correlationHeader)));
    if (!outcome.ok) throw refusalException(outcome.refusal);
    return outcome.submitted;
  }
}
