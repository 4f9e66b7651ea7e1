import { Controller, Get, Headers, Query, Res, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Caller } from '#credit';
import type { ListChangeCount } from '#read-model';
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
import { ListChangesStatisticsQuery } from './list-changes-statistics.query.js';

const COLUMNS: (keyof ListChangeCount)[] = ['month', 'listType', 'listed', 'delisted'];

@ApiTags('statistics')
@ApiSecurity('apiKey')
@Controller('v1/statistics')
@UseGuards(ApiKeyGuard)
export class ListChangesStatisticsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('list-changes')
  @ApiOperation({
    operationId: 'StatisticsController_listChanges',
    summary: 'List changes per month and list type: subjects listed and delisted, as recorded in the period',
    description:
      'Counted from the list-change audit log by the month (Asia/Shanghai) each change was recorded. The credit office sees ' +
      'every department’s changes (or `department=`: the changes its facts caused), a department its own. JSON, or CSV with ' +
      '`Accept: text/csv` or `format=csv`.',
  })
  @ApiQuery({ name: 'from', required: true, description: 'Recorded on or after this day (YYYY-MM-DD)' })
  @ApiQuery({ name: 'to', required: true, description: 'Recorded on or before this day' })
  @ApiQuery({ name: 'department', required: false, description: 'The recording department (credit office; a department sees its own)' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by a write: wait (bounded) until it is reflected' })
  @ApiOkResponse({
    description: 'One row per month and list type that changed',
    content: statisticsResponseContent(
      statisticsRowSchema({
        month: { type: 'string', example: '2026-10' },
        listType: { type: 'string' },
        listed: { type: 'integer' },
        delisted: { type: 'integer' },
      }),
      {
        report: 'list-changes',
        from: '2026-07-01',
        to: '2026-09-30',
        rows: [{ month: '2026-08', listType: 'dishonest-debtor', listed: 14, delisted: 3 }],
      },
    ),
  })
  @ApiProblems(400, 401, 403)
  async report(
    @Query() params: StatisticsParams,
    @CurrentCaller() caller: Caller,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StatisticsReport<ListChangeCount> | void> {
    const { from, to, format } = parseStatisticsPeriod(params);
    const department = departmentInView(caller, params.department);
    const report = await this.queries.execute(new ListChangesStatisticsQuery(from, to, department, params.after));
    return answerReport(report, COLUMNS, wantsCsv(format, accept), response);
  }
}
