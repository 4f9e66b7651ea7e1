import { Body, Controller, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { refusalException } from '../../shared/problems/refusal-problem.js';
import { checkedId } from '../check-id.js';
import { RevokeFeedbackCommand, type RevokedFeedback } from './revoke-feedback.command.js';
import { RevocationDto } from './revoke-feedback.request.dto.js';

@ApiTags('feedback')
@ApiSecurity('apiKey')
@Controller('v1/checks')
@UseGuards(ApiKeyGuard)
export class RevokeFeedbackHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':checkId/feedback/:feedbackId/revocation')
  @ApiOperation({
    operationId: 'FeedbackController_revoke',
    summary: 'Revoke a feedback, with the reason (the department that made the check)',
    description:
      'A revoked feedback stays in the check’s record with its revocation, and no longer counts in the feedback statistics. Once only.',
  })
  @ApiParam({ name: 'checkId', example: '0b7f6c2e-3d4a-4e5f-8a9b-1c2d3e4f5a6b' })
  @ApiParam({
    name: 'feedbackId',
    description: 'As answered by POST /v1/checks/{checkId}/feedback',
    example: '5d0e2a1c-7b3f-4c9e-9a2d-6f1b8e3c4d5a',
  })
  @ApiCreatedResponse({ description: 'The revocation is recorded', schema: { $ref: '#/components/schemas/RevokedFeedback' } })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async revoke(
    @Param('checkId') checkId: string,
    @Param('feedbackId') feedbackId: string,
    @Body() body: RevocationDto,
    @CurrentCaller() caller: Caller,
  ): Promise<RevokedFeedback> {
    const ids = [checkedId(checkId, 'checkId'), checkedId(feedbackId, 'feedbackId')] as const;
    const outcome = await this.commands.execute(new RevokeFeedbackCommand(...ids, body.reason, caller));
    if (!outcome.ok) throw refusalException(outcome.refusal);
    return outcome.revoked;
  }
}
