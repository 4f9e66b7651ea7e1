import { Body, Controller, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { refusalException } from '../../shared/problems/refusal-problem.js';
import { checkedId } from '../check-id.js';
import { RecordFeedbackCommand, type RecordedFeedback } from './record-feedback.command.js';
import { FeedbackDto } from './record-feedback.request.dto.js';

@ApiTags('feedback')
@ApiSecurity('apiKey')
@Controller('v1/checks')
@UseGuards(ApiKeyGuard)
export class RecordFeedbackHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':checkId/feedback')
  @ApiOperation({
    operationId: 'FeedbackController_record',
    summary: 'Report what the department did with the measures a check answered (反馈)',
    description:
      'The department that made the check reports, for one subject of the check, each measure applied or not (with the reason ' +
      'when not), the result and amount, the approval (事项名称, 办件编号, stage), the day decided and the officer. Only measures ' +
      'the check answered for that subject may be reported; GET /v1/checks/{checkId} links each to its list entry.',
  })
  @ApiParam({ name: 'checkId', description: 'As answered by POST /v1/checks', example: '0b7f6c2e-3d4a-4e5f-8a9b-1c2d3e4f5a6b' })
  @ApiCreatedResponse({ description: 'The feedback is recorded', schema: { $ref: '#/components/schemas/RecordedFeedback' } })
  @ApiProblems(400, 401, 403, 404, 422)
  async record(@Param('checkId') checkId: string, @Body() body: FeedbackDto, @CurrentCaller() caller: Caller): Promise<RecordedFeedback> {
    const outcome = await this.commands.execute(new RecordFeedbackCommand(checkedId(checkId, 'checkId'), body, caller));
    if (!outcome.ok) throw refusalException(outcome.refusal);
    return outcome.recorded;
  }
}
