import { Controller, Get, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { GetShippedRuleSetQuery, type RuleSetFiles } from './get-shipped-rule-set.query.js';

@ApiTags('rule-sets')
@ApiSecurity('apiKey')
@Controller('v1/rule-sets')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class GetShippedRuleSetHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('shipped')
  @ApiOperation({
    operationId: 'RuleSetsController_shipped',
    summary: 'The rule set shipped with this build as its YAML files, to start a new version from (credit office only)',
  })
  @ApiOkResponse({
    description: 'The files by name, as POST /v1/rule-sets takes them',
    schema: {
      type: 'object',
      required: ['id', 'version', 'files'],
      properties: {
        id: { type: 'string' },
        version: { type: 'string' },
        files: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
  })
  @ApiProblems(401, 403)
  shipped(): Promise<RuleSetFiles> {
    return this.queries.execute(new GetShippedRuleSetQuery());
  }
}
