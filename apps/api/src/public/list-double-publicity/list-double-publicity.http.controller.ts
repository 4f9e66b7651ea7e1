import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Problem } from '#kernel';
import type { PublicPage } from '#read-model';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiPublicPageQueries } from '../../shared/public-page.openapi.js';
import { checkedKind, parsePublicPage, type PublicPageParams } from '../../shared/public-page.params.js';
import { DOUBLE_PUBLICITY_KINDS, ListDoublePublicityQuery, type DoublePublicityItem } from './list-double-publicity.query.js';

@ApiTags('public')
@Controller('v1/public/double-publicity')
export class ListDoublePublicityHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    operationId: 'PublicController_doublePublicity',
    summary: '双公示: administrative licences or penalties published today, newest first (no API key)',
    description:
      'Penalties for their 令第36号 window (一般 3–12 months, 严重 1–3 years; 轻微 not published; earlier decisions under 527号 or ' +
      '令第58号); licences from the decision while in force (to 有效期至, or 长期; inferred, docs/law/double-publicity.md). ' +
      'Revoked, repaired or objection-revoked records are not shown; every 身份证号 is masked.',
  })
  @ApiQuery({ name: 'kind', required: true, enum: DOUBLE_PUBLICITY_KINDS })
  @ApiPublicPageQueries()
  @ApiOkResponse({ description: 'A page of records', schema: { $ref: '#/components/schemas/DoublePublicityPage' } })
  @ApiProblems(400, 429, 503)
  list(@Query() params: PublicPageParams & { kind?: string }): Promise<PublicPage<DoublePublicityItem>> {
    const errors: Problem[] = [];
    const kind = checkedKind(params.kind, DOUBLE_PUBLICITY_KINDS, errors);
    return this.queries.execute(new ListDoublePublicityQuery(kind, parsePublicPage(params, errors)));
  }
}
