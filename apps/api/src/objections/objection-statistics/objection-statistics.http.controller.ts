import { Controller, Get, Headers, Query, Res, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
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
import { STATISTICS_COLUMNS } from './objection-statistics-rows.js';
import { ObjectionStatisticsQuery, type ObjectionStatistics } from './objection-statistics.query.js';

const count = { type: 'integer' };

@ApiTags('statistics')
@ApiSecurity('apiKey')
@Controller('v1/statistics')
@UseGuards(ApiKeyGuard)
export class ObjectionStatisticsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('objections')
  @ApiOperation({
    operationId: 'StatisticsController_objections',
    summary: 'Objections filed in a period, per source department: outcomes and each step’s time-limit compliance (JSON or CSV)',
    description:
      'For the quarterly assessment. A step is met or missed once taken, overdue while not taken past its due day (seen today). ' +
      'The credit office sees every department’s row (or `department=`), a department its own. CSV with `Accept: text/csv` or `?format=csv`.',
  })
  @ApiQuery({ name: 'from', required: true, description: 'YYYY-MM-DD, the first filing day counted' })
  @ApiQuery({ name: 'to', required: true, description: 'YYYY-MM-DD, the last filing day counted' })
  @ApiQuery({ name: 'department', required: false, description: 'One source department’s row (credit office; a department sees its own)' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'], description: 'csv: the same as Accept: text/csv' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by a write: wait (bounded) until it is reflected' })
  @ApiHeader({ name: 'accept', required: false, description: 'text/csv for CSV' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: 'The report',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['report', 'from', 'to', 'rows'],
          properties: {
            report: { type: 'string', enum: ['objections'] },
            from: { type: 'string', format: 'date' },
            to: { type: 'string', format: 'date' },
            rows: {
              type: 'array',
              items: statisticsRowSchema(
                Object.fromEntries(STATISTICS_COLUMNS.map((c) => [c, c === 'department' ? { type: 'string' } : count])),
              ),
            },
          },
        },
        example: {
          report: 'objections',
          from: '2026-10-01',
          to: '2026-12-31',
          rows: [{ department: 'ak-scj', filed: 3, open: 1, upheldRevocation: 1, rejected: 1, acceptanceMet: 3, answerMissed: 1 }],
        },
      },
      'text/csv': { schema: { type: 'string', description: 'A header line of the row keys, then one line per department' } },
    },
  })
  @ApiProblems(400, 401, 403, 503)
  async objections(
    @Query() params: StatisticsParams,
    @CurrentCaller() caller: Caller,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ObjectionStatistics | void> {
    const { from, to, format } = parseStatisticsPeriod(params);
    const department = departmentInView(caller, params.department);
    const report = await this.queries.execute(new ObjectionStatisticsQuery(from, to, department, params.after));
    return answerReport(report, STATISTICS_COLUMNS, wantsCsv(format, accept), response);
  }
}
