import { Body, Controller, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { lifecycleProblem, ruleSetFilesProblem } from '../rule-set-problem.js';
import { PublishRuleSetCommand, type PublishedVersion } from './publish-rule-set.command.js';
import { PublishRuleSetDto } from './publish-rule-set.request.dto.js';
import { checkedRuleSetFiles } from './rule-set-files.js';

const PUBLISHED_SCHEMA = {
  type: 'object',
  required: ['id', 'version', 'digest', 'alreadyPublished'],
  properties: {
    id: { type: 'string' },
    version: { type: 'string' },
    digest: { type: 'string', description: 'sha256 of the canonical JSON' },
    alreadyPublished: { type: 'boolean' },
  },
};

@ApiTags('rule-sets')
@ApiSecurity('apiKey')
@Controller('v1/rule-sets')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class PublishRuleSetHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    operationId: 'RuleSetsController_publish',
    summary: 'Publish a rule set given as its YAML files (credit office only); it is in force only once activated',
    description:
      'The files are read as `npm run cli -- rule-set publish <directory>` reads a directory. 422 names each problem as ' +
      '`files["<name>"].<path>`; the same version with other content is a 409; the same content again is a 200 with ' +
      '`alreadyPublished: true`.',
  })
  @ApiCreatedResponse({ description: 'Published (RuleSetPublished on the rule-sets stream)', schema: PUBLISHED_SCHEMA })
  @ApiOkResponse({ description: 'Published before with the same content: nothing recorded', schema: PUBLISHED_SCHEMA })
  @ApiProblems(400, 401, 403, 409, 422)
  async publish(
    @Body() body: PublishRuleSetDto,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PublishedVersion> {
    const outcome = await this.commands.execute(new PublishRuleSetCommand(checkedRuleSetFiles(body.files), caller));
    if (!outcome.ok) throw 'problems' in outcome ? ruleSetFilesProblem(outcome.problems) : lifecycleProblem(outcome.refused);
    if (outcome.published.alreadyPublished) response.status(HttpStatus.OK);
    return outcome.published;
  }
}
