import { Controller, Get, Headers, Query, Res, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Caller } from '#credit';
import type { FeedbackStatisticsRow } from '#read-model';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import {
  answerReport,
  departmentInView,
  parseStatisticsPeriod,
  wantsCsv,
  type StatisticsParams,
  type StatisticsReport,
} from '../../shared/statistics-report.js';
import { FeedbackStatisticsQuery } from './feedback-statistics.query.js';

const COLUMNS: (keyof FeedbackStatisticsRow & string)[] = [
  'department',
  'measureId',
  'checks',
  'checksWithFeedback',
  'rate',
  'feedback',
  'applied',
  'notApplied',
];

@ApiTags('statistics')
@ApiSecurity('apiKey')
@Controller('v1/statistics')
@UseGuards(ApiKeyGuard)
export class FeedbackStatisticsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('feedback')
  @ApiOperation({
    operationId: 'StatisticsController_feedback',
    summary: 'Feedback rate per department and per measure, for the quarterly assessment',
    description:
      'For the checks made in the period (from–to, both included, by the day of the check in Asia/Shanghai): per checking ' +
      'department and measure it implements (the department registry, under the rule set in force on `to`), the checks whose ' +
      'answer held the measure, those with feedback on it (revoked feedback excluded), the rate, and the measures reported ' +
      'applied and not applied; a row with `measureId` null counts all the measures the department implements. The credit office sees every department (and may pick one with `department`); a department its own rows. ' +
      'CSV with Accept: text/csv or ?format=csv.',
  })
  @ApiQuery({ name: 'from', required: true, example: '2026-04-01' })
  @ApiQuery({ name: 'to', required: true, example: '2026-06-30' })
  @ApiQuery({
    name: 'department',
    required: false,
    description: 'A checking department id (the credit office; a department may name only itself)',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by a write: wait (bounded) until it is reflected' })
  @ApiOkResponse({
    description: 'The report as JSON, or as CSV (UTF-8 with a BOM, one header line of the row keys)',
    content: {
      'application/json': { schema: { $ref: '#/components/schemas/FeedbackReport' } },
      'text/csv': { schema: { type: 'string', description: `Columns: ${COLUMNS.join(', ')}` } },
    },
  })
  @ApiProblems(400, 401, 403, 503)
  async feedback(
    @Query() params: StatisticsParams,
    @CurrentCaller() caller: Caller,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StatisticsReport<FeedbackStatisticsRow> | void> {
    const { from, to, format } = parseStatisticsPeriod(params);
    const department = departmentInView(caller, params.department);
    const rows = await this.queries.execute(new FeedbackStatisticsQuery({ from, to, department }, params.after));
    return answerReport({ report: 'feedback', from, to, rows }, COLUMNS, wantsCsv(format, accept), response);
  }
}
