import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** The reason is checked by the check's decider (required, at most 2,000 characters of text). */
export class RevocationDto {
  @ApiProperty({ type: 'string', maxLength: 2000, description: 'Why the feedback is revoked', example: '办件编号填写错误，重新反馈' })
  @Allow()
  reason!: unknown;
}
