import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { TYPICAL_CASE_KINDS } from '#credit';
import { TYPICAL_CASE_EXAMPLE } from '../typical-case-example.js';

/** The envelope only: the decider checks every field (one home), and answers 422 naming each bad one. */
export class SubmitTypicalCaseDto {
  @ApiProperty({
    type: String,
    enum: Object.keys(TYPICAL_CASE_KINDS),
    description: 'reward 守信激励 or punishment 失信惩戒',
    example: TYPICAL_CASE_EXAMPLE.kind,
  })
  @Allow()
  kind!: unknown;

  @ApiProperty({ type: String, description: '案例标题, at most 200 characters', example: TYPICAL_CASE_EXAMPLE.title })
  @Allow()
  title!: unknown;

  @ApiProperty({ type: String, description: '案例简介, at most 5000 characters', example: TYPICAL_CASE_EXAMPLE.summary })
  @Allow()
  summary!: unknown;

  @ApiProperty({
    type: [String],
    description: '统一社会信用代码 or 身份证号 of the subjects, 1 to 100',
    example: TYPICAL_CASE_EXAMPLE.subjects,
  })
  @Allow()
  subjects!: unknown;

  @ApiProperty({ type: [String], description: 'The measures applied, 1 to 50', example: TYPICAL_CASE_EXAMPLE.measures })
  @Allow()
  measures!: unknown;

  @ApiProperty({
    type: [String],
    description: 'The 文号 of the decisions the case rests on, 1 to 50',
    example: TYPICAL_CASE_EXAMPLE.documentNumbers,
  })
  @Allow()
  documentNumbers!: unknown;

  @ApiProperty({
    type: String,
    format: 'date',
    description: 'The day it happened; not after today',
    example: TYPICAL_CASE_EXAMPLE.occurredOn,
  })
  @Allow()
  occurredOn!: unknown;
}
