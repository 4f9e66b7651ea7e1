import { Controller, Get, Headers, Inject, Query, Res, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Caller } from '#credit';
import type { Clock } from '#kernel';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import {
  answerReport,
  departmentInView,
  statisticsResponseContent,
  wantsCsv,
  type StatisticsReport,
} from '../../shared/statistics-report.js';
import { CLOCK } from '../../shared/storage.tokens.js';
import { parseQuarter, type TypicalCasesStatisticsParams } from './typical-cases-statistics.params.js';
import { TypicalCasesStatisticsQuery, type TypicalCasesRow } from './typical-cases-statistics.query.js';

const COLUMNS: (keyof TypicalCasesRow)[] = [
  'department',
  'name',
  'reward',
  'punishment',
  'counted',
  'withdrawn',
  'required',
  'met',
  'shortfall',
];

const EXAMPLE_ROW: TypicalCasesRow = {
  department: 'akfy',
  name: '安康市中级人民法院',
  reward: 0,
  punishment: 1,
  counted: 1,
  withdrawn: 1,
  required: 2,
  met: false,
  shortfall: 1,
};

@ApiTags('statistics')
@ApiSecurity('apiKey')
@Controller('v1/statistics')
@UseGuards(ApiKeyGuard)
export class TypicalCasesStatisticsHttpController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('typical-cases')
  @ApiOperation({
    operationId: 'StatisticsController_typicalCases',
    summary: 'Each department’s typical cases in a quarter against the plan’s two',
    description:
      'Counts the cases received in the quarter and not withdrawn, per department, every department included (0 when it sent ' +
      'none). The plan asks each department for at least two a quarter. The credit office sees all (or `department=`), a ' +
      'department its own row. Without `year` and `quarter`: the current quarter. JSON, or CSV with `Accept: text/csv` or `format=csv`.',
  })
  @ApiQuery({ name: 'year', required: false, description: 'YYYY, with quarter' })
  @ApiQuery({ name: 'quarter', required: false, enum: ['1', '2', '3', '4'] })
  @ApiQuery({ name: 'department', required: false, description: 'One department’s row (credit office; a department sees its own)' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by a write: wait (bounded) until it is reflected' })
  @ApiOkResponse({
    description: 'One row per department',
    content: statisticsResponseContent(
      {
        type: 'object',
        properties: Object.fromEntries(
          COLUMNS.map((c) => [c, { type: typeof EXAMPLE_ROW[c] === 'number' ? 'integer' : typeof EXAMPLE_ROW[c] }]),
        ),
      },
      { report: 'typical-cases', from: '2026-10-01', to: '2026-12-31', rows: [EXAMPLE_ROW] },
    ),
  })
  @ApiProblems(400, 401, 403)
  async report(
    @Query() params: TypicalCasesStatisticsParams,
    @CurrentCaller() caller: Caller,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StatisticsReport<TypicalCasesRow> | void> {
    const { year, quarter, format } = parseQuarter(params, this.clock.now());
    const department = departmentInView(caller, params.department);
    const report = await this.queries.execute(new TypicalCasesStatisticsQuery(year, quarter, department, params.after));
    return answerReport(report, COLUMNS, wantsCsv(format, accept), response);
  }
}
