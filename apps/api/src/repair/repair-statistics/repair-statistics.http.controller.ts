import { Controller, Get, Headers, Query, Res, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Caller } from '#credit';
import { isValidLocalDate, type LocalDate, type Problem } from '#kernel';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { csvLine } from '../../shared/csv.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { RepairStatisticsQuery, type RepairStatistics, type RepairStatisticsRow } from './repair-statistics.query.js';

const COLUMNS: (keyof RepairStatisticsRow)[] = [
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
      '(REPAIR_REVIEW_WORKING_DAYS, default 10: 国办发〔2025〕22号 四). The credit office sees every department; a department its own ' +
      'row. JSON, or CSV with `Accept: text/csv` or `?format=csv`.',
  })
  @ApiQuery({ name: 'from', required: true, description: 'Applied on or after this day (YYYY-MM-DD)', example: '2026-07-01' })
  @ApiQuery({ name: 'to', required: true, description: 'Applied on or before this day', example: '2026-09-30' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected' })
  @ApiOkResponse({
    description: 'One row per department',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['report', 'from', 'to', 'rows'],
          properties: {
            report: { type: 'string', enum: ['repairs'] },
            from: { type: 'string', format: 'date' },
            to: { type: 'string', format: 'date' },
            reviewWorkingDays: { type: 'integer' },
            basis: { type: 'object', properties: { documentNumber: { type: 'string' }, clause: { type: 'string' } } },
            rows: {
              type: 'array',
              items: {
                type: 'object',
                properties: Object.fromEntries(COLUMNS.map((c) => [c, { type: c === 'department' ? 'string' : 'integer' }])),
              },
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
  @ApiProblems(400, 401, 503)
  async repairs(
    @CurrentCaller() caller: Caller,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('format') format?: string,
    @Query('after') after?: string,
  ): Promise<RepairStatistics | string> {
    const range = checkedRange(from, to, format);
    const office = caller.department.roles.includes('credit-office');
    const statistics = await this.queries.execute(
      new RepairStatisticsQuery(range.from, range.to, office ? undefined : caller.department.id, after),
    );
    if (format !== 'csv' && !(format === undefined && accept?.includes('text/csv'))) return statistics;
    response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', 'attachment; filename="repairs.csv"');
    return csvLine(COLUMNS) + statistics.rows.map((row) => csvLine(COLUMNS.map((c) => row[c]))).join('');
  }
}

function checkedRange(from: string | undefined, to: string | undefined, format: string | undefined): { from: LocalDate; to: LocalDate } {
  const problems: Problem[] = [];
  for (const [path, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value === undefined) problems.push({ path, reason: 'is required (YYYY-MM-DD)' });
    else if (!isValidLocalDate(value)) problems.push({ path, reason: 'must be a real date YYYY-MM-DD' });
  }
  if (problems.length === 0 && from! > to!) problems.push({ path: 'to', reason: 'must not be before from' });
  if (format !== undefined && format !== 'json' && format !== 'csv') problems.push({ path: 'format', reason: 'must be json or csv' });
  if (problems.length > 0) throw invalidQuery(problems);
  return { from: from as LocalDate, to: to as LocalDate };
}
