import { Controller, Get, Headers, Query, Res, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import { isValidLocalDate, type Problem } from '#kernel';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { csvLine } from '../../shared/csv.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
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
      'The credit office sees every department’s row, a department its own. CSV with `Accept: text/csv` or `?format=csv`.',
  })
  @ApiQuery({ name: 'from', required: true, description: 'YYYY-MM-DD, the first filing day counted' })
  @ApiQuery({ name: 'to', required: true, description: 'YYYY-MM-DD, the last filing day counted' })
  @ApiQuery({ name: 'format', required: false, description: 'csv: the same as Accept: text/csv' })
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
              items: {
                type: 'object',
                properties: Object.fromEntries(STATISTICS_COLUMNS.map((c) => [c, c === 'department' ? { type: 'string' } : count])),
              },
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
  @ApiProblems(400, 401)
  async objections(
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) response: Response,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('format') format?: string,
    @Headers('accept') accept?: string,
  ): Promise<ObjectionStatistics | string> {
    const errors: Problem[] = [];
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value === undefined) errors.push({ path: field, reason: 'is required (YYYY-MM-DD)' });
      else if (!isValidLocalDate(value)) errors.push({ path: field, reason: 'must be a real date YYYY-MM-DD' });
    }
    if (from && to && isValidLocalDate(from) && isValidLocalDate(to) && from > to)
      errors.push({ path: 'to', reason: 'must not be before from' });
    if (format !== undefined && format !== 'csv' && format !== 'json') errors.push({ path: 'format', reason: 'must be csv or json' });
    if (errors.length) throw invalidQuery(errors);
    const office = caller.department.roles.includes('credit-office');
    const report = await this.queries.execute(new ObjectionStatisticsQuery(from!, to!, office ? undefined : caller.department.id));
    if (format !== 'csv' && (format === 'json' || !accept?.includes('text/csv'))) return report;
    response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', 'attachment; filename="objections.csv"');
    return csvLine(STATISTICS_COLUMNS) + report.rows.map((row) => csvLine(STATISTICS_COLUMNS.map((c) => row[c]))).join('');
  }
}
