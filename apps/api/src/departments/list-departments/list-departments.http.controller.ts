import { Controller, Get, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ListDepartmentsQuery, type DepartmentView } from './list-departments.query.js';

@ApiTags('departments')
@ApiSecurity('apiKey')
@Controller('v1/departments')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class ListDepartmentsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    operationId: 'DepartmentsController_list',
    summary: 'Departments with their roles and key ids (never hashes or secrets) (credit office only)',
  })
  @ApiOkResponse({ description: 'Every department', schema: { $ref: '#/components/schemas/Departments' } })
  @ApiProblems(401, 403)
  list(): Promise<{ departments: DepartmentView[] }> {
    return this.queries.execute(new ListDepartmentsQuery());
  }
}
