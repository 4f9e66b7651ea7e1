import { Controller, Get, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { WhoAmIQuery, type WhoAmI } from './who-am-i.query.js';

@ApiTags('departments')
@ApiSecurity('apiKey')
@Controller('v1/me')
@UseGuards(ApiKeyGuard)
export class WhoAmIHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    operationId: 'DepartmentsController_whoAmI',
    summary: 'The department the API key belongs to, with its roles (what the console shows follows them)',
  })
  @ApiOkResponse({
    description: 'The calling department',
    schema: {
      type: 'object',
      required: ['departmentId', 'name', 'roles', 'creditOffice'],
      properties: {
        departmentId: { type: 'string', example: 'bj-scj' },
        name: { type: 'string', example: '北京市市场监督管理局' },
        roles: { type: 'array', items: { type: 'string' }, example: ['own-decisions', 'registration'] },
        creditOffice: { type: 'boolean', description: 'Has the credit-office role' },
      },
    },
  })
  @ApiProblems(401)
  whoAmI(@CurrentCaller() caller: Caller): Promise<WhoAmI> {
    return this.queries.execute(new WhoAmIQuery(caller));
  }
}
