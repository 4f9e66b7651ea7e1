import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { STATISTICS_REPORTS, type StatisticsReportEntry } from './statistics-reports.js';

@ApiTags('statistics')
@ApiSecurity('apiKey')
@Controller('v1/statistics')
@UseGuards(ApiKeyGuard)
export class StatisticsIndexHttpController {
  @Get()
  @ApiOperation({
    operationId: 'StatisticsController_index',
    summary: 'The reports of the quarterly assessment: name, path and what each counts',
    description:
      'Each report answers `{ report, from, to, rows }` as JSON, or CSV with `Accept: text/csv` or `format=csv`; the credit office ' +
      'sees every department’s rows, a department its own.',
  })
  @ApiOkResponse({
    description: 'Every report',
    schema: {
      type: 'object',
      required: ['reports'],
      properties: {
        reports: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'path', 'description'],
            properties: { name: { type: 'string' }, path: { type: 'string' }, description: { type: 'string' } },
          },
        },
      },
      example: { reports: STATISTICS_REPORTS.slice(0, 2) },
    },
  })
  @ApiProblems(401)
  index(): { reports: readonly StatisticsReportEntry[] } {
    return { reports: STATISTICS_REPORTS };
  }
}
