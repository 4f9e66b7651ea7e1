import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

export class WithdrawTypicalCaseDto {
  @ApiProperty({ type: String, description: 'Why the case is withdrawn, at most 500 characters', example: '与第三季度已报送案例重复' })
  @Allow()
  reason!: unknown;
}
