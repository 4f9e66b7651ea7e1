import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { FILED_BY } from '#credit';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An objection (异议) to one record of a subject, filed by the credit office. */
export class FileObjectionDto {
  @ApiProperty({ description: '统一社会信用代码 or 身份证号 of the subject', example: '91610900MA7K00001X' })
  @IsString()
  subject!: string;

  @ApiProperty({ description: 'The fact event objected to, as GET /v1/subjects/{code}/history shows it', example: '7c1e…' })
  @IsString()
  @MaxLength(64)
  eventId!: string;

  @ApiProperty({ enum: Object.keys(FILED_BY), description: 'subject: at the subject’s request; office: on the office’s own initiative' })
  @IsIn(Object.keys(FILED_BY))
  filedBy!: string;

  @ApiProperty({ description: '异议理由', example: '处罚决定书载明的当事人并非本企业', maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  grounds!: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD the objection was received; defaults to today (Asia/Shanghai)' })
  @IsOptional()
  @Matches(DATE, { message: 'on must be a date YYYY-MM-DD' })
  on?: string;
}
