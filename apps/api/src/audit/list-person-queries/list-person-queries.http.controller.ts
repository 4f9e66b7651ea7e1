import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { PersonQueryPage } from '#read-model';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ListPersonQueriesQuery } from './list-person-queries.query.js';
import { parsePersonQueriesParams, type PersonQueriesParams } from './person-queries.params.js';

@ApiTags('audit')
@ApiSecurity('apiKey')
@Controller('v1/audit')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class ListPersonQueriesHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('person-queries')
  @ApiOperation({
    operationId: 'AuditController_queries',
    summary: 'Who asked about which natural person, when and why (credit office only)',
  })
  @ApiQuery({ name: 'subject', required: false, description: '身份证号' })
  @ApiQuery({ name: 'department', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiOkResponse({ description: 'A page of person queries', schema: { $ref: '#/components/schemas/PersonQueryPage' } })
  @ApiProblems(400, 401, 403)
  list(@Query() params: PersonQueriesParams): Promise<PersonQueryPage> {
    const { filter, cursor, limit } = parsePersonQueriesParams(params);
    return this.queries.execute(new ListPersonQueriesQuery(filter, cursor, limit));
  }
}
