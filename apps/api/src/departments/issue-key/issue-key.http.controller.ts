import { Controller, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { departmentProblem } from '../department-problem.js';
import { IssueKeyCommand, type IssuedKey } from './issue-key.command.js';

@ApiTags('departments')
@ApiSecurity('apiKey')
@Controller('v1/departments')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class IssueKeyHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/keys')
  @ApiOperation({
    operationId: 'DepartmentsController_issueKey',
    summary: 'Issue another API key to a department; the key is in this answer only (credit office only)',
  })
  @ApiCreatedResponse({ description: 'The new key', schema: { $ref: '#/components/schemas/IssuedKey' } })
  @ApiProblems(401, 403, 404, 422)
  async issueKey(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<IssuedKey> {
    const outcome = await this.commands.execute(new IssueKeyCommand(id, caller));
    if (!outcome.ok) throw departmentProblem(outcome.error);
    return outcome.issued;
  }
}
