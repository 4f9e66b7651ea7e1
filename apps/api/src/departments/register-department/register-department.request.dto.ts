import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** The envelope only: the departments decider checks each field, so a problem names it as the CLI's does. */
export class RegisterDepartmentDto {
  @ApiProperty({ type: 'string', description: 'Lower-case letters, digits and hyphens, e.g. bj-scj', example: 'bj-scj' })
  @Allow()
  id!: unknown;

  @ApiProperty({ type: 'string', example: '北京市市场监督管理局' })
  @Allow()
  name!: unknown;

  @ApiProperty({
    type: 'array',
    items: { type: 'string' },
    description: 'What it may record: one or more recorder roles (credit-office, own-decisions, registration, court, tax …)',
    example: ['own-decisions', 'registration'],
  })
  @Allow()
  roles!: unknown;
}
