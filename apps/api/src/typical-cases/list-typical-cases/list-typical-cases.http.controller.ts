import { Controller, Get, Headers, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import type { TypicalCasePage } from '#read-model';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { TYPICAL_CASE_EXAMPLE, TYPICAL_CASE_PROPERTIES } from '../typical-case-example.js';
import { parseListTypicalCasesParams, type ListTypicalCasesParams } from './list-typical-cases.params.js';
import { ListTypicalCasesQuery } from './list-typical-cases.query.js';

@ApiTags('typical-cases')
@ApiSecurity('apiKey')
@Controller('v1/typical-cases')
@UseGuards(ApiKeyGuard)
export class ListTypicalCasesHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'TypicalCasesController_list',
    summary: 'Typical cases in the order they were received: the credit office sees all, a department its own',
    description:
      'Withdrawn cases are shown with their withdrawal. A person’s 身份证号 among the subjects is shown in full to the credit office ' +
      '(with a purpose, logged) and masked to others. Paged: pass `next` back as `cursor`.',
  })
  @ApiQuery({ name: 'department', required: false, description: 'The submitting department (credit office only)' })
  @ApiQuery({ name: 'from', required: false, description: 'Received on or after this day (YYYY-MM-DD)' })
  @ApiQuery({ name: 'to', required: false, description: 'Received on or before this day' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–1000, default 100' })
  @ApiQuery({
    name: 'after',
    required: false,
    description: 'A position answered by POST /v1/typical-cases: wait (bounded) until it is reflected',
  })
  @ApiHeader({ name: 'x-after-position', required: false, description: 'Same as `after`' })
  @ApiQueryPurpose()
  @ApiOkResponse({
    description: 'A page of cases',
    schema: {
      type: 'object',
      required: ['cases'],
      properties: {
        cases: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'department', 'kind', 'title', 'subjects', 'submittedOn'],
            properties: {
              ...TYPICAL_CASE_PROPERTIES,
              withdrawn: {
                type: 'object',
                properties: { on: { type: 'string', format: 'date' }, by: { type: 'string' }, reason: { type: 'string' } },
              },
            },
          },
        },
        next: { type: 'string', description: 'Pass as `cursor` for the next page; absent on the last page' },
      },
      example: {
        cases: [
          {
            id: '5b0f3d0e-2b0a-4c1e-9f7d-0d6c1f8a9e01',
            department: 'akfy',
            ...TYPICAL_CASE_EXAMPLE,
            submittedOn: '2026-10-12',
            withdrawn: { on: '2026-10-20', by: 'akfy', reason: '与第三季度已报送案例重复' },
          },
        ],
      },
    },
  })
  @ApiProblems(400, 401, 403, 503)
  async list(
    @Query() params: ListTypicalCasesParams,
    @CurrentCaller() caller: Caller,
    @QueryPurpose() purpose?: string,
    @Headers('x-after-position') afterHeader?: string,
  ): Promise<TypicalCasePage> {
    const { filter, cursor, limit, after } = parseListTypicalCasesParams({ ...params, after: params.after ?? afterHeader }, caller);
    const page = await this.queries.execute(new ListTypicalCasesQuery(filter, cursor, limit, after));
    return this.personalData.disclose(caller, [], page, 'GET /v1/typical-cases', purpose);
  }
}
