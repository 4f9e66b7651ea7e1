import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { refusal } from '#kernel';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { correlationId } from '../../shared/headers/correlation-id.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { refusalException } from '../../shared/problems/refusal-problem.js';
import { WithdrawTypicalCaseDto } from './withdraw-typical-case.request.dto.js';
import { WithdrawTypicalCaseCommand, type WithdrawnCase } from './withdraw-typical-case.command.js';

/** A case id is a UUID; anything else is a 400 naming `id`. */
function caseIdPipe(): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      refusalException(
        refusal('malformed', 'invalid-typical-case-id', 'Not a typical case id', [{ path: 'id', reason: 'must be a UUID' }]),
      ),
  });
}

@ApiTags('typical-cases')
@ApiSecurity('apiKey')
@Controller('v1/typical-cases')
@UseGuards(ApiKeyGuard)
export class WithdrawTypicalCaseHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'TypicalCasesController_withdraw',
    summary: 'Withdraw a typical case with a reason: it no longer counts (its department or the credit office)',
    description:
      'The case stays on record, marked withdrawn. Another department’s case is a 403, an unknown one a 404, a case already ' +
      'withdrawn a 409, a missing reason a 422.',
  })
  @ApiParam({ name: 'id', description: 'The case id answered by POST /v1/typical-cases', example: '5b0f3d0e-2b0a-4c1e-9f7d-0d6c1f8a9e01' })
  @ApiHeader({ name: 'x-correlation-id', required: false, description: 'Ties the event to your request in the audit trail' })
  @ApiBody({ type: WithdrawTypicalCaseDto })
  @ApiOkResponse({
    description: 'The withdrawal as recorded',
    schema: {
      type: 'object',
      required: ['id', 'department', 'reason', 'withdrawnOn', 'position'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        department: { type: 'string', description: 'Who withdrew it' },
        reason: { type: 'string' },
        withdrawnOn: { type: 'string', format: 'date' },
        position: { type: 'string' },
      },
      example: {
        id: '5b0f3d0e-2b0a-4c1e-9f7d-0d6c1f8a9e01',
        department: 'akfy',
        reason: '与第三季度已报送案例重复',
        withdrawnOn: '2026-10-20',
        position: '1050-5530',
      },
    },
  })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async withdraw(
    @Param('id', caseIdPipe()) id: string,
    @Body() body: WithdrawTypicalCaseDto,
    @CurrentCaller() caller: Caller,
    @Headers('x-correlation-id') correlationHeader?: string,
  ): Promise<WithdrawnCase> {
    const outcome = await this.commands.execute(
      new WithdrawTypicalCaseCommand(id.toLowerCase(), body.reason, caller, correlationId(correlationHeader)),
    );
    if (!outcome.ok) throw refusalException(outcome.refusal);
    return outcome.withdrawn;
  }
}
