import { Controller, Get, Headers, Inject, Query, Res, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ListChange, ListChangePage } from '#read-model';
import type { CompiledRuleSet } from '#rules';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { RULES } from '../../shared/storage.tokens.js';
import { csvLine } from '../../shared/csv.js';
import { parseListChangesParams, type ListChangesParams } from './list-changes.params.js';
import { ExportListChangesQuery, ListChangesQuery } from './list-changes.query.js';

const CSV_COLUMNS: (keyof ListChange)[] = [
  'position',
  'recordedAt',
  'subject',
  'change',
  'listType',
  'color',
  'effectiveOn',
  'until',
  'reason',
  'criterion',
  'basis',
  'ruleSet',
  'department',
  'actor',
  'causes',
  'listingFactEventId',
  'eventId',
  'correlationId',
];

@ApiTags('audit')
@ApiSecurity('apiKey')
@Controller('v1/audit')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class ListChangesHttpController {
  private readonly listTypes: ReadonlySet<string>;

  constructor(
    private readonly queries: QueryBus,
    @Inject(RULES) rules: CompiledRuleSet,
  ) {
    this.listTypes = new Set(rules.document.listTypes.map((l) => l.id));
  }

  @Get('list-changes')
  @ApiOperation({
    operationId: 'AuditController_listChanges',
    summary: 'Every list change in recorded order: who, when, why, under which rule-set version (credit office only)',
    description: 'Paged: pass `next` back as `cursor`. With `Accept: text/csv` every matching change is exported as CSV in one answer.',
  })
  @ApiOkResponse({
    description: 'A page of changes as JSON, or every matching change as CSV (UTF-8 with a BOM, one header line)',
    content: {
      'application/json': { schema: { $ref: '#/components/schemas/ListChangePage' } },
      'text/csv': { schema: { type: 'string', description: 'One line per change; the columns are the ListChange properties' } },
    },
  })
  @ApiProblems(400, 401, 403, 503)
  @ApiQuery({ name: 'from', required: false, description: 'Recorded on or after this day (YYYY-MM-DD, Asia/Shanghai)' })
  @ApiQuery({ name: 'to', required: false, description: 'Recorded on or before this day' })
  @ApiQuery({ name: 'listType', required: false })
  @ApiQuery({ name: 'department', required: false, description: 'The recording department id' })
  @ApiQuery({ name: 'subject', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–1000, default 100' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected' })
  async listChanges(
    @Query() params: ListChangesParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ListChangePage | void> {
    const { filter, cursor, limit } = parseListChangesParams(params, this.listTypes);
    if (!accept?.includes('text/csv')) return this.queries.execute(new ListChangesQuery(filter, cursor, limit, params.after));
    const changes = await this.queries.execute(new ExportListChangesQuery(filter, cursor, params.after));
    response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', 'attachment; filename="list-changes.csv"');
    response.write('\uFEFF' + csvLine(CSV_COLUMNS));
    for await (const change of changes) response.write(csvLine(CSV_COLUMNS.map((c) => change[c])));
    response.end();
  }
}
