import { Body, Controller, Param, Put, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { departmentProblem } from '../department-problem.js';
import { ChangeRolesCommand, type ChangedRoles } from './change-roles.command.js';
import { ChangeRolesDto } from './change-roles.request.dto.js';

@ApiTags('departments')
@ApiSecurity('apiKey')
@Controller('v1/departments')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class ChangeRolesHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':id/roles')
  @ApiOperation({
    operationId: 'DepartmentsController_changeRoles',
    summary: 'Replace a department’s roles: what it may record follows at once (credit office only)',
    description: 'DepartmentRolesChanged on the departments stream (nothing when the roles are the same). 422 names `roles[i]`.',
  })
  @ApiOkResponse({
    description: 'The roles now and before',
    schema: {
      type: 'object',
      required: ['departmentId', 'roles', 'previousRoles'],
      properties: {
        departmentId: { type: 'string' },
        roles: { type: 'array', items: { type: 'string' } },
        previousRoles: { type: 'array', items: { type: 'string' } },
      },
    },
  })
  @ApiProblems(400, 401, 403, 404, 422)
  async changeRoles(@Param('id') id: string, @Body() body: ChangeRolesDto, @CurrentCaller() caller: Caller): Promise<ChangedRoles> {
    const outcome = await this.commands.execute(new ChangeRolesCommand(id, body.roles, caller));
    if (!outcome.ok) throw departmentProblem(outcome.error);
    return outcome.changed;
  }
}
