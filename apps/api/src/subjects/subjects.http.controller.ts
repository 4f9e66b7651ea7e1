import { Controller, DefaultValuePipe, Get, HttpException, HttpStatus, Inject, Param, ParseBoolPipe, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../auth/api-key.guard.js';
import { SubjectCodePipe } from './subject-code.pipe.js';
import { SubjectHistoryQuery, type SubjectHistory } from './subject-history.query.js';
import { SubjectMeasuresQuery, type SubjectMeasures } from './subject-measures.query.js';
import { isValidLocalDate, todayInShanghai, type Clock, type LocalDate } from '#kernel';
import { SCENARIOS, type CompiledRuleSet, type Scenario } from '#rules';
import { problemType } from '../problems/problem-details.js';
import { CLOCK, RULES } from '../storage/storage.tokens.js';

@ApiTags('subjects')
@ApiSecurity('apiKey')
@Controller('v1/subjects')
@UseGuards(ApiKeyGuard)
export class SubjectsController {
  private readonly departments: ReadonlySet<string>;

  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULES) rules: CompiledRuleSet,
  ) {
    this.departments = new Set(rules.document.measures.flatMap((m) => m.departments));
  }

  @Get(':code/measures')
  @ApiOperation({
    summary: 'The sanctions and incentives that apply to the subject on a date, each with its legal basis and proof',
    description:
      'From the subject’s recorded list entries (each naming the facts and rule behind it) and the active rule set. ' +
      'A valid but unknown subject answers an empty, well-formed list.',
  })
  @ApiParam({ name: 'code', description: '统一社会信用代码 or 身份证号', example: '91110000600037341L' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD; defaults to today in Asia/Shanghai' })
  @ApiQuery({ name: 'scenario', required: false, enum: Object.keys(SCENARIOS) })
  @ApiQuery({ name: 'department', required: false, description: 'Only the measures this implementing department applies' })
  measures(
    @Param('code') code: string,
    @Query('asOf') asOf?: string,
    @Query('scenario') scenario?: string,
    @Query('department') department?: string,
  ): Promise<SubjectMeasures> {
    const errors: { field: string; reason: string }[] = [];
    if (asOf !== undefined && !isValidLocalDate(asOf)) errors.push({ field: 'asOf', reason: 'must be a real date YYYY-MM-DD' });
    if (scenario !== undefined && !(scenario in SCENARIOS)) errors.push({ field: 'scenario', reason: `must be one of ${Object.keys(SCENARIOS).join(', ')}` });
    if (department !== undefined && !this.departments.has(department)) {
      errors.push({ field: 'department', reason: 'is not an implementing department of the active rule set' });
    }
    if (errors.length) {
      throw new HttpException(
        { type: problemType('invalid-query'), title: 'The query is not valid', detail: errors.map((e) => `${e.field}: ${e.reason}`).join('; '), errors },
        HttpStatus.BAD_REQUEST,
      );
    }
    const day = (asOf ?? todayInShanghai(this.clock.now())) as LocalDate;
    return this.queries.execute(new SubjectMeasuresQuery(new SubjectCodePipe().transform(code), day, scenario as Scenario | undefined, department));
  }

  @Get(':code/history')
  @ApiOperation({
    summary: 'The subject’s events in the order they were recorded',
    description: 'An unknown but valid code answers an empty history.',
  })
  @ApiParam({ name: 'code', description: '统一社会信用代码 or 身份证号', example: '91110000600037341L' })
  @ApiQuery({ name: 'legacy', required: false, description: 'Accept a code that fails its check (a verified pre-2016 code)' })
  history(
    @Param('code') code: string,
    @Query('legacy', new DefaultValuePipe(false), ParseBoolPipe) legacy: boolean,
  ): Promise<SubjectHistory> {
    return this.queries.execute(new SubjectHistoryQuery(new SubjectCodePipe(legacy).transform(code)));
  }
}
