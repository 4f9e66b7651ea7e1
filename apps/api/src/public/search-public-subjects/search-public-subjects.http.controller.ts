import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Problem } from '#kernel';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { checkedSearchLimit, isProblem, readSearchText } from '../../shared/subject-search.params.js';
import { SearchPublicSubjectsQuery, type PublicSubjectPage } from './search-public-subjects.query.js';

@ApiTags('public')
@Controller('v1/public/subjects')
export class SearchPublicSubjectsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    operationId: 'PublicController_searchSubjects',
    summary: 'Find organisations by 统一社会信用代码 or part of their name (no API key)',
    description:
      'Organisations only: `q`, trimmed, is a full 统一社会信用代码 or at least 2 characters of a name. Persons are not searched ' +
      'here. Best first: the exact name, then names starting with `q`, then the shortest names holding it (among a sample when ' +
      'many hold it: see `capped`). Open the disclosure view of one with GET /v1/public/subjects/{code}.',
  })
  @ApiQuery({ name: 'q', required: true, description: '统一社会信用代码, or ≥ 2 characters of a name', example: '汉滨区建' })
  @ApiQuery({ name: 'limit', required: false, description: '1–100, default 20' })
  @ApiOkResponse({ description: 'The organisations found', schema: { $ref: '#/components/schemas/PublicSubjectSearch' } })
  @ApiProblems(400, 429)
  search(@Query('q') q?: unknown, @Query('limit') limit?: unknown): Promise<PublicSubjectPage> {
    const errors: Problem[] = [];
    const text = readSearchText(q);
    if (isProblem(text)) errors.push(text);
    else if (text.by === 'resident-id')
      errors.push({ path: 'q', reason: 'persons are not searched here: give a 统一社会信用代码 or at least 2 characters of a name' });
    const checkedLimit = checkedSearchLimit(limit, errors);
    if (errors.length || isProblem(text) || text.by === 'resident-id') throw invalidQuery(errors);
    return this.queries.execute(new SearchPublicSubjectsQuery(text, checkedLimit));
  }
}
