import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { looksLikeResidentId, maskResidentId, todayInShanghai, type Clock } from '#kernel';
import { PublicRecordsReader, type PublicRecord } from '#read-model';
import { ApiProblems } from '../problems/api-problems.decorator.js';
import { ReadYourWrites } from '../queries/read-your-writes.js';
import { CLOCK } from '../storage/storage.tokens.js';
import { SubjectCodePipe } from '../subjects/subject-code.pipe.js';

export interface PublicDisclosure {
  /** A 身份证号 is shown masked: first 6 and last 4 characters. */
  readonly subject: string;
  readonly asOf: string;
  readonly records: PublicRecord[];
}

@ApiTags('public')
@Controller('v1/public/subjects')
export class PublicController {
  constructor(
    private readonly records: PublicRecordsReader,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':code')
  @ApiOperation({
    summary: 'The public disclosure view of a subject (no API key)',
    description:
      'List entries and administrative penalties inside their publication window today (令第36号: 一般 3–12 months, 严重 1–3 years; ' +
      '轻微 not published); records that were repaired, exited, revoked or have expired are not shown; every 身份证号 is masked.',
  })
  @ApiParam({ name: 'code', description: '统一社会信用代码 or 身份证号' })
  @ApiQuery({ name: 'after', required: false, description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected' })
  @ApiOkResponse({ description: 'The records published today', schema: { $ref: '#/components/schemas/PublicDisclosure' } })
  @ApiProblems(400, 503)
  async subject(@Param('code', new SubjectCodePipe()) code: string, @Query('after') after?: string): Promise<PublicDisclosure> {
    await this.readYourWrites.waitFor(after, ['public-disclosure']);
    const today = todayInShanghai(this.clock.now());
    return { subject: looksLikeResidentId(code) ? maskResidentId(code) : code, asOf: today, records: await this.records.of(code, today) };
  }
}
