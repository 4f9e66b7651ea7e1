import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { SubjectCodePipe } from '../../shared/subject-code.pipe.js';
import { PublicDisclosureQuery, type PublicDisclosure } from './get-public-disclosure.query.js';

@ApiTags('public')
@Controller('v1/public/subjects')
export class GetPublicDisclosureHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':code')
  @ApiOperation({
    operationId: 'PublicController_subject',
    summary: 'The public disclosure view of a subject (no API key)',
    description:
      'List entries and administrative penalties inside their publication window today (令第36号: 一般 3–12 months, 严重 1–3 years; ' +
      '轻微 not published); records that were repaired, exited, revoked or have expired are not shown; every 身份证号 is masked.',
  })
  @ApiParam({ name: 'code', description: '统一社会信用代码 or 身份证号' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected' })
  @ApiOkResponse({ description: 'The records published today', schema: { $ref: '#/components/schemas/PublicDisclosure' } })
  @ApiProblems(400, 503)
  subject(@Param('code', new SubjectCodePipe()) code: string, @Query('after') after?: string): Promise<PublicDisclosure> {
    return this.queries.execute(new PublicDisclosureQuery(code, after));
  }
}
