import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const MAX_CHECK_SUBJECTS = 1_000;

/** A batch check: the measures of up to 1,000 subjects on one date, for approval systems and award vetting. */
export class ChecksDto {
  @ApiProperty({ type: [String], description: '统一社会信用代码 or 身份证号, up to 1,000', example: ['91110000600037341L'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHECK_SUBJECTS)
  @IsString({ each: true })
  subjects!: string[];

  @ApiPropertyOptional({ description: 'YYYY-MM-DD; defaults to today in Asia/Shanghai' })
  @IsOptional()
  @IsString()
  asOf?: string;

  @ApiPropertyOptional({ description: 'Only the measures for this approval scenario' })
  @IsOptional()
  @IsString()
  scenario?: string;

  @ApiPropertyOptional({
    description: 'Only the measures this department implements: a department registry id, name, alias or former name',
  })
  @IsOptional()
  @IsString()
  department?: string;

  @ApiPropertyOptional({
    description:
      'Why you ask: required when a subject is a natural person, and recorded with the query in the access log (else ?purpose= or X-Query-Purpose)',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  // It is stored in the person-query log, and a PostgreSQL text holds no NUL.
  @Matches(/^[^\u0000-\u001F\u007F-\u009F]*$/u, { message: 'purpose must not contain control characters' })
  purpose?: string;

  @ApiPropertyOptional({ description: 'A position answered by POST /v1/facts: wait until it is reflected' })
  @IsOptional()
  @IsString()
  after?: string;

  @ApiPropertyOptional({
    description: 'The approval the check is made in: 事项名称, 办件编号 and the stage (acceptance 受理, review 审查, completion 办结)',
    type: 'object',
    properties: {
      name: { type: 'string', maxLength: 200 },
      caseNumber: { type: 'string', maxLength: 100 },
      stage: { type: 'string', enum: ['acceptance', 'review', 'completion'] },
    },
    example: { name: '建筑工程施工许可证核发', caseNumber: 'AK-ZJ-2026-000123', stage: 'acceptance' },
  })
  @IsOptional()
  @IsObject()
  matter?: Record<string, unknown>;
}
