import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { departmentProblem } from '../department-problem.js';
import { RegisterDepartmentCommand, type RegisteredDepartment } from './register-department.command.js';
import { RegisterDepartmentDto } from './register-department.request.dto.js';

@ApiTags('departments')
@ApiSecurity('apiKey')
@Controller('v1/departments')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class RegisterDepartmentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    operationId: 'DepartmentsController_register',
    summary: 'Register a department with its roles and first API key; its key works at once (credit office only)',
    description:
      'DepartmentRegistered and ApiKeyIssued on the departments stream, naming the calling department. The key is in this ' +
      'answer only. 422 names the field (`id`, `name`, `roles[i]`); 409 when the id is registered already.',
  })
  @ApiCreatedResponse({
    description: 'The department and its first key',
    schema: {
      type: 'object',
      required: ['id', 'name', 'roles', 'firstKey'],
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        roles: { type: 'array', items: { type: 'string' } },
        firstKey: { $ref: '#/components/schemas/IssuedKey' },
      },
    },
  })
  @ApiProblems(400, 401, 403, 409, 422)
  async register(@Body() body: RegisterDepartmentDto, @CurrentCaller() caller: Caller): Promise<RegisteredDepartment> {
    const outcome = await this.commands.execute(new RegisterDepartmentCommand(body.id, body.name, body.roles, caller));
    if (!outcome.ok) throw departmentProblem(outcome.error);
    return outcome.registered;
  }
}
