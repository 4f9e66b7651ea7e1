import { Controller, Get, Headers, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { parseListRepairsParams, type ListRepairsParams } from './list-repairs.params.js';
import { ListRepairsQuery, type RepairQueue } from './list-repairs.query.js';

const date = { type: 'string', format: 'date' };
const REPAIR_SCHEMA = {
  type: 'object',
  required: ['subject', 'applicationNumber', 'recordEventId', 'appliedBy', 'appliedOn', 'commitmentMade', 'status', 'review', 'overdue'],
  properties: {
    subject: { type: 'string', description: '统一社会信用代码 or 身份证号 (masked as the personal-data rule says)' },
    applicationNumber: { type: 'string' },
    recordEventId: { type: 'string', description: 'The record to repair (a penalty or a listing fact)' },
    appliedBy: { type: 'string', description: 'The department that recorded the application' },
    appliedOn: date,
    commitmentMade: { type: 'boolean' },
    status: { type: 'string', enum: ['pending', 'decided'] },
    decidedBy: { type: 'string' },
    decidedOn: date,
    outcome: { type: 'string', enum: ['approved', 'refused'] },
    review: {
      type: 'object',
      required: ['startedOn', 'workingDays', 'status'],
      description: 'The deciding department’s time limit, counted in working days from the application',
      properties: {
        startedOn: date,
        workingDays: { type: 'integer' },
        dueOn: { ...date, description: 'The last working day to decide on; absent where the calendar does not reach' },
        doneOn: date,
        status: { type: 'string', enum: ['open', 'overdue', 'met', 'missed', 'calendar-unknown'] },
      },
    },
    overdue: { type: 'boolean', description: 'Undecided past its due date today' },
  },
};

@ApiTags('repair')
@ApiSecurity('apiKey')
@Controller('v1/repairs')
@UseGuards(ApiKeyGuard)
export class ListRepairsHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly personalData: PersonalData,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'RepairController_list',
    summary: 'The credit-repair queue: each application with its review deadline on the working-day calendar and whether it is overdue',
    description:
      'Oldest application first. The credit office sees every application; a department sees the applications for the ' +
      'records it recorded (谁认定、谁修复: it decides them). The time limit and its basis are those of GET /v1/statistics/repairs.',
  })
  @ApiQuery({ name: 'status', required: false, description: 'pending (not decided) or decided' })
  @ApiQuery({ name: 'overdue', required: false, description: 'true: only undecided applications past their deadline; false: none' })
  @ApiQuery({ name: 'department', required: false, description: 'The deciding department (credit office only)' })
  @ApiQuery({ name: 'limit', required: false, description: '1–1000, default 100' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by a write: wait (bounded) until it is reflected' })
  @ApiHeader({ name: 'x-after-position', required: false, description: 'Same as `after`' })
  @ApiQueryPurpose()
  @ApiOkResponse({
    description: 'The applications',
    schema: {
      type: 'object',
      required: ['asOf', 'reviewWorkingDays', 'basis', 'repairs'],
      properties: {
        asOf: date,
        reviewWorkingDays: { type: 'integer' },
        basis: { $ref: '#/components/schemas/Basis' },
        repairs: { type: 'array', items: REPAIR_SCHEMA },
      },
    },
  })
  @ApiProblems(400, 401, 403, 503)
  async list(
    @Query() params: ListRepairsParams,
    @CurrentCaller() caller: Caller,
    @Headers('x-after-position') afterHeader?: string,
    @QueryPurpose() purpose?: string,
  ): Promise<RepairQueue> {
    const selection = parseListRepairsParams({ ...params, after: params.after ?? afterHeader }, caller);
    const queue = await this.queries.execute(new ListRepairsQuery(selection));
    return this.personalData.disclose(caller, [], queue, 'repairs', purpose);
  }
}
