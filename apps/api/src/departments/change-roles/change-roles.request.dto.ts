import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** The envelope only: the departments decider checks the roles. */
export class ChangeRolesDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'string' },
    description: 'The department’s roles from now on (they replace the recorded ones)',
    example: ['own-decisions', 'registration'],
  })
  @Allow()
  roles!: unknown;
}
