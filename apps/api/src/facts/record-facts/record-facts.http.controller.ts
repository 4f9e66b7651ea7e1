import { Body, Controller, HttpCode, Post, UseGuards, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { correlationId } from '../../shared/headers/correlation-id.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { FactBatchDto } from './fact-batch.request.dto.js';
import { factBatchAnswer, type FactBatchAnswer } from './fact-batch-answer.js';
import { RecordFactsCommand } from './record-facts.command.js';

@ApiTags('facts')
@ApiSecurity('apiKey')
@Controller('v1/facts')
@UseGuards(ApiKeyGuard)
export class RecordFactsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'FactsController_record',
    summary: 'Record a batch of credit facts (up to 1,000)',
    description:
      'Each item is answered on its own: `accepted` (with its event id and the position to pass as `after` ' +
      'to read it back), `duplicate` (the department already sent this source record: nothing written) or ' +
      '`rejected` (an RFC 7807 problem naming each field and why: 422 invalid, 403 outside the department’s ' +
      'competence, 409 in conflict with the subject’s history). One bad item never blocks the others, and a ' +
      'retried batch writes nothing twice.',
  })
  @ApiHeader({
    name: 'x-correlation-id',
    required: false,
    description: 'Ties the events to your request in the audit trail; at most 128 characters of A–Z a–z 0–9 . _ : -',
  })
  @ApiBody({ type: FactBatchDto })
  @ApiOkResponse({ description: 'One result per item, in order', schema: { $ref: '#/components/schemas/FactBatchResult' } })
  @ApiProblems(400, 401, 413)
  async record(
    @Body() batch: FactBatchDto,
    @CurrentCaller() caller: Caller,
    @Headers('x-correlation-id') correlationHeader?: string,
  ): Promise<FactBatchAnswer> {
    return factBatchAnswer(await this.commands.execute(new RecordFactsCommand(batch.items, caller, correlationId(correlationHeader))));
  }
}
