import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Problem } from '#kernel';
import type { PublicPage } from '#read-model';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiPublicPageQueries } from '../../shared/public-page.openapi.js';
import { checkedKind, parsePublicPage, type PublicPageParams } from '../../shared/public-page.params.js';
import { LIST_COLORS, ListPublicationsQuery, type ListPublicationItem } from './list-publications.query.js';

@ApiTags('public')
@Controller('v1/public/lists')
export class ListPublicationsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    operationId: 'PublicController_lists',
    summary: 'Black- or red-list publication: entries in force today, newest first (no API key)',
    description:
      'Each entry with its list type, basis (文号), period (from, until or 长期) and deciding authority. Entries that ended ' +
      '(exit, repair, expiry, revocation) are not shown, nor dishonesty information of a class 令第36号 does not publish; ' +
      'every 身份证号 is masked.',
  })
  @ApiQuery({ name: 'kind', required: true, enum: LIST_COLORS })
  @ApiPublicPageQueries()
  @ApiOkResponse({ description: 'A page of entries', schema: { $ref: '#/components/schemas/ListPublicationPage' } })
  @ApiProblems(400, 429, 503)
  list(@Query() params: PublicPageParams & { kind?: string }): Promise<PublicPage<ListPublicationItem>> {
    const errors: Problem[] = [];
    const color = checkedKind(params.kind, LIST_COLORS, errors);
    return this.queries.execute(new ListPublicationsQuery(color, parsePublicPage(params, errors)));
  }
}
