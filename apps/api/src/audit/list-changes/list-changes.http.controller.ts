import { Controller, Get, Headers, Inject, Query, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MAX_POSITION_PART, parsePosition } from '#event-store';
import { isValidLocalDate } from '#kernel';
import { ListChangesReader, type ListChange, type ListChangeFilter, type ListChangePage } from '#read-model';
import type { CompiledRuleSet } from '#rules';
import { ApiKeyGuard } from '../auth/api-key.guard.js';
import { CreditOfficeGuard } from '../auth/credit-office.guard.js';
import { ApiProblems } from '../problems/api-problems.decorator.js';
import { invalidQuery, type FieldProblem } from '../queries/invalid-query.js';
import { PersonQueryLog, type PersonQuery } from '../queries/person-query-log.js';
import { ReadYourWrites } from '../queries/read-your-writes.js';
import { RULES } from '../storage/storage.tokens.js';
import { checkSubjectCode } from '../subjects/subject-code.pipe.js';
import { csvLine } from './csv.js';

const CSV_COLUMNS: (keyof ListChange)[] = [
  'position', 'recordedAt', 'subject', 'change', 'listType', 'color', 'effectiveOn', 'until', 'reason', 'criterion',
  'basis', 'ruleSet', 'department', 'actor', 'causes', 'listingFactEventId', 'eventId', 'correlationId',
];

interface AuditQuery {
  from?: string;
  to?: string;
  listType?: string;
  department?: string;
  subject?: string;
  cursor?: string;
  limit?: string;
}

@ApiTags('audit')
@ApiSecurity('apiKey')
@Controller('v1/audit')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class AuditController {
  private readonly listTypes: ReadonlySet<string>;

  constructor(
    private readonly changes: ListChangesReader,
    private readonly personQueries: PersonQueryLog,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(RULES) rules: CompiledRuleSet,
  ) {
    this.listTypes = new Set(rules.document.listTypes.map((l) => l.id));
  }

  @Get('list-changes')
  @ApiOperation({
    summary: 'Every list change in recorded order: who, when, why, under which rule-set version (credit office only)',
    description:
      'Paged: pass `next` back as `cursor`. With `Accept: text/csv` every matching change is exported as CSV in one answer.',
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
    @Query() query: AuditQuery & { after?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ListChangePage | void> {
    const { filter, cursor, limit } = this.parse(query);
    await this.readYourWrites.waitFor(query.after, ['list-changes']);
    if (!accept?.includes('text/csv')) return this.changes.page(filter, cursor, limit);
    response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', 'attachment; filename="list-changes.csv"');
    response.write('\uFEFF' + csvLine(CSV_COLUMNS));
    for (let next: string | undefined = cursor; ; ) {
      const page = await this.changes.page(filter, next, 1000);
      for (const change of page.changes) response.write(csvLine(CSV_COLUMNS.map((c) => change[c])));
      if (!page.next) break;
      next = page.next;
    }
    response.end();
  }

  @Get('person-queries')
  @ApiOperation({ summary: 'Who asked about which natural person, when and why (credit office only)' })
  @ApiQuery({ name: 'subject', required: false, description: '身份证号' })
  @ApiQuery({ name: 'department', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiOkResponse({ description: 'A page of person queries', schema: { $ref: '#/components/schemas/PersonQueryPage' } })
  @ApiProblems(400, 401, 403)
  async queries(@Query() query: AuditQuery): Promise<{ queries: PersonQuery[]; next?: string }> {
    const errors: FieldProblem[] = [];
    if (query.cursor !== undefined && !(/^\d{1,19}$/.test(query.cursor) && BigInt(query.cursor) <= MAX_POSITION_PART)) errors.push({ field: 'cursor', reason: 'must be the `next` of an earlier page' });
    const { filter, limit } = this.parse({ ...query, cursor: undefined, listType: undefined }, errors);
    return this.personQueries.page(filter, query.cursor, limit);
  }

  private parse(query: AuditQuery, errors: FieldProblem[] = []): { filter: ListChangeFilter; cursor?: string; limit: number } {
    for (const field of ['from', 'to'] as const) {
      if (query[field] !== undefined && !isValidLocalDate(query[field])) errors.push({ field, reason: 'must be a real date YYYY-MM-DD' });
    }
    if (query.from && query.to && query.from > query.to) errors.push({ field: 'to', reason: 'must not be before from' });
    if (query.listType !== undefined && !this.listTypes.has(query.listType)) {
      errors.push({ field: 'listType', reason: `must be one of ${[...this.listTypes].join(', ')}` });
    }
    let subject = query.subject;
    if (subject !== undefined) {
      const check = checkSubjectCode(subject);
      if (check.ok) subject = check.code;
      else errors.push({ field: 'subject', reason: check.reason });
    }
    if (query.cursor !== undefined && !parsePosition(query.cursor)) errors.push({ field: 'cursor', reason: 'must be the `next` of an earlier page' });
    const limit = query.limit === undefined ? 100 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) errors.push({ field: 'limit', reason: 'must be an integer from 1 to 1000' });
    if (errors.length) throw invalidQuery(errors);
    return { filter: { from: query.from, to: query.to, listType: query.listType, department: query.department, subject }, cursor: query.cursor, limit };
  }
}
