import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PublicPage } from '#read-model';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ApiPublicPageQueries } from '../../shared/public-page.openapi.js';
import { parsePublicPage, type PublicPageParams } from '../../shared/public-page.params.js';
import { ListInspectionsQuery, type InspectionItem } from './list-inspections.query.js';

@ApiTags('public')
@Controller('v1/public/inspections')
export class ListInspectionsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    operationId: 'PublicController_inspections',
    summary: '双随机、一公开: random inspection results published today, newest first (no API key)',
    description:
      'Each result for 3 years from the inspection date (inferred: no text read sets the period, docs/law/double-publicity.md); ' +
      'a result revoked on objection is not shown; every 身份证号 is masked.',
  })
  @ApiPublicPageQueries()
  @ApiOkResponse({ description: 'A page of results', schema: { $ref: '#/components/schemas/InspectionPage' } })
  @ApiProblems(400, 429, 503)
  list(@Query() params: PublicPageParams): Promise<PublicPage<InspectionItem>> {
    return this.queries.execute(new ListInspectionsQuery(parsePublicPage(params)));
  }
}
