import { Controller, Get, Headers, Query, Res, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Caller } from '#credit';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import {
  answerReport,
  departmentInView,
  parseStatisticsPeriod,
  statisticsRowSchema,
  wantsCsv,
  type StatisticsParams,
} from '../../shared/statistics-report.js';
import { RepairStatisticsQuery, type RepairStatistics, type RepairStatisticsRow } from './repair-statistics.query.js';

const COLUMNS: (keyof RepairStatisticsRow & string)[] = [
  'department',
  'applications',
  'approved',
  'refused',
  'pending',
  'decidedWithinTimeLimit',
  'decidedLate',
  'overdue',
  'calendarUnknown',
];

@ApiTags('statistics')
@ApiSecurity('apiKey')
@Controller('v1/statistics')
@UseGuards(ApiKeyGuard)
export class RepairStatisticsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('repairs')
  @ApiOperation({
    operationId: 'StatisticsController_repairs',
    summary: 'Credit repair applications in a period per deciding department: approved, refused, pending, within the time limit',
    description:
      'Applications (CreditRepairApplied) made from `from` to `to`, counted under the department that decided them (the one that ' +
      'recorded the application while undecided). The review time limit is counted in working days on the official calendar ' +
      '(REPAIR_REVIEW_WORKING_DAYS, default 10: 国办发〔2025〕22号 四). The credit office sees every department (or `department=`); a department its ' +
      'own row. JSON, or CSV with `Accept: text/csv` or `?format=csv`.',
  })
  @ApiQuery({ name: 'from', required: true, description: 'Applied on or after this day (YYYY-MM-DD)', example: '2026-07-01' })
  @ApiQuery({ name: 'to', required: true, description: 'Applied on or before this day', example: '2026-09-30' })
  @ApiQuery({
    name: 'department',
    required: false,
    description: 'One deciding department’s row (credit office; a department sees its own)',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected' })
  @ApiOkResponse({
    description: 'One row per department',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['report', 'from', 'to', 'reviewWorkingDays', 'basis', 'rows'],
          properties: {
            report: { type: 'string', enum: ['repairs'] },
            from: { type: 'string', format: 'date' },
            to: { type: 'string', format: 'date' },
            reviewWorkingDays: { type: 'integer' },
            basis: {
              type: 'object',
              required: ['documentNumber'],
              properties: { documentNumber: { type: 'string' }, clause: { type: 'string' } },
            },
            rows: {
              type: 'array',
              items: statisticsRowSchema(Object.fromEntries(COLUMNS.map((c) => [c, { type: c === 'department' ? 'string' : 'integer' }]))),
            },
          },
          example: {
            report: 'repairs',
            from: '2026-07-01',
            to: '2026-09-30',
            reviewWorkingDays: 10,
            basis: { documentNumber: '国办发〔2025〕22号' },
            rows: [
              {
                department: 'bj-scj',
                applications: 3,
                approved: 1,
                refused: 1,
                pending: 1,
                decidedWithinTimeLimit: 2,
                decidedLate: 0,
                overdue: 1,
                calendarUnknown: 0,
              },
            ],
          },
        },
      },
      'text/csv': { schema: { type: 'string', description: `One header line (${COLUMNS.join(',')}), then one line per department` } },
    },
  })
  @ApiProblems(400, 401, 403, 503)
  async repairs(
    @Query() params: StatisticsParams,
    @CurrentCaller() caller: Caller,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RepairStatistics | void> {
    const { from, to, format } = parseStatisticsPeriod(params);
    const department = departmentInView(caller, params.department);
    const statistics = await this.queries.execute(new RepairStatisticsQuery(from, to, department, params.after));
    return answerReport(statistics, COLUMNS, wantsCsv(format, accept), response);
  }
}
