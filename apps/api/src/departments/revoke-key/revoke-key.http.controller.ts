import { Controller, Delete, Param, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { departmentProblem } from '../department-problem.js';
import { RevokeKeyCommand, type RevokedKey } from './revoke-key.command.js';

@ApiTags('departments')
@ApiSecurity('apiKey')
@Controller('v1/departments')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class RevokeKeyHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id/keys/:keyId')
  @ApiOperation({
    operationId: 'DepartmentsController_revokeKey',
    summary: 'Revoke a key: every running api refuses it within seconds (credit office only)',
  })
  @ApiOkResponse({
    description: 'The key is revoked (again: the first revocation’s time)',
    schema: { $ref: '#/components/schemas/RevokedKey' },
  })
  @ApiProblems(401, 403, 404, 422)
  async revokeKey(@Param('id') id: string, @Param('keyId') keyId: string, @CurrentCaller() caller: Caller): Promise<RevokedKey> {
    const outcome = await this.commands.execute(new RevokeKeyCommand(id, keyId, caller, new Date().toISOString()));
    if (!outcome.ok) throw departmentProblem(outcome.error);
    return outcome.revoked;
  }
}
