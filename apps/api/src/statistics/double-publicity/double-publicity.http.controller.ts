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
  statisticsResponseContent,
  statisticsRowSchema,
  wantsCsv,
  type StatisticsParams,
  type StatisticsReport,
} from '../../shared/statistics-report.js';
import { DoublePublicityStatisticsQuery } from './double-publicity.query.js';
import type { DoublePublicityRow } from './double-publicity.report.js';

const COLUMNS: (keyof DoublePublicityRow)[] = [
  'department',
  'factType',
  'label',
  'workingDays',
  'basis',
  'decided',
  'onTime',
  'late',
  'calendarUnknown',
  'onTimePercent',
];

const EXAMPLE_ROW: DoublePublicityRow = {
  department: 'akscjgj',
  factType: 'PenaltyDecided',
  label: '行政处罚',
  workingDays: 7,
  basis: '发改电〔2015〕557号',
  decided: 12,
  onTime: 10,
  late: 1,
  calendarUnknown: 1,
  onTimePercent: '90.91',
};

@ApiTags('statistics')
@ApiSecurity('apiKey')
@Controller('v1/statistics')
@UseGuards(ApiKeyGuard)
export class DoublePublicityStatisticsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('double-publicity')
  @ApiOperation({
    operationId: 'StatisticsController_doublePublicity',
    summary: '双公示 timeliness per department: decisions taken in the period and how many reached the platform in time',
    description:
      'Licences and penalties within 7 working days of the decision (发改电〔2015〕557号), 双随机 results within 20 (city plan), ' +
      'counted on the official working-day calendar (holidays and make-up days) from the decision date to the day the record ' +
      'was recorded here. Decisions whose count reaches a year the calendar does not know yet are `calendarUnknown`, apart. ' +
      'The credit office sees every department (or `department=`), a department its own rows. JSON, or CSV with ' +
      '`Accept: text/csv` or `format=csv`.',
  })
  @ApiQuery({ name: 'from', required: true, description: 'Decided on or after this day (YYYY-MM-DD)' })
  @ApiQuery({ name: 'to', required: true, description: 'Decided on or before this day' })
  @ApiQuery({ name: 'department', required: false, description: 'One department’s rows (credit office; a department sees its own)' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by a write: wait (bounded) until it is reflected' })
  @ApiOkResponse({
    description: 'One row per department and kind of decision',
    content: statisticsResponseContent(
      statisticsRowSchema({
        ...Object.fromEntries(COLUMNS.map((c) => [c, { type: typeof EXAMPLE_ROW[c] === 'number' ? 'integer' : 'string' }])),
        onTimePercent: { type: 'string', nullable: true, description: 'onTime of onTime + late, in percent to 2 places; null when none' },
      }),
      { report: 'double-publicity', from: '2026-07-01', to: '2026-09-30', rows: [EXAMPLE_ROW] },
    ),
  })
  @ApiProblems(400, 401, 403)
  async report(
    @Query() params: StatisticsParams,
    @CurrentCaller() caller: Caller,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StatisticsReport<DoublePublicityRow> | void> {
    const { from, to, format } = parseStatisticsPeriod(params);
    const department = departmentInView(caller, params.department);
    const report = await this.queries.execute(new DoublePublicityStatisticsQuery(from, to, department, params.after));
    return answerReport(report, COLUMNS, wantsCsv(format, accept), response);
  }
}
