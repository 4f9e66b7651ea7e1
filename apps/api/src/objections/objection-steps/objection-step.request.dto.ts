import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ANSWER_PROPOSALS, OBJECTION_OUTCOMES } from '#credit';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

class StepDto {
  @ApiPropertyOptional({ description: 'YYYY-MM-DD the step was taken; defaults to today (Asia/Shanghai); never before the previous step' })
  @IsOptional()
  @Matches(DATE, { message: 'on must be a date YYYY-MM-DD' })
  on?: string;
}

/** The platform decides whether it accepts the objection (受理), within its working days. */
export class AcceptanceDto extends StepDto {
  @ApiProperty({ description: 'false: not accepted (the case closes, with the reason)' })
  @IsBoolean()
  accepted!: boolean;

  @ApiPropertyOptional({ description: 'Required when not accepted', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

/** The platform has checked its own data and passes the case to the source department (协查). */
export class CheckDto extends StepDto {
  @ApiProperty({ description: '平台核查情况', maxLength: 2000, example: '平台数据与报送数据一致，转来源部门核查' })
  @IsString()
  @MaxLength(2000)
  finding!: string;
}

/** The source department's answer after its own check. */
export class AnswerDto extends StepDto {
  @ApiProperty({ enum: Object.keys(ANSWER_PROPOSALS) })
  @IsIn(Object.keys(ANSWER_PROPOSALS))
  proposes!: string;

  @ApiProperty({ maxLength: 2000, example: '经核实，处罚对象认定错误' })
  @IsString()
  @MaxLength(2000)
  explanation!: string;
}

/** The decision: upheld with correction (naming the corrected fact), upheld with revocation, or rejected. */
export class DecisionDto extends StepDto {
  @ApiProperty({ enum: Object.keys(OBJECTION_OUTCOMES) })
  @IsIn(Object.keys(OBJECTION_OUTCOMES))
  outcome!: string;

  @ApiProperty({ maxLength: 2000, example: '来源部门确认认定错误' })
  @IsString()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ description: 'upheld-correction: the corrected fact (e.g. PenaltyCorrected) the source department recorded' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  correctionEventId?: string;
}
