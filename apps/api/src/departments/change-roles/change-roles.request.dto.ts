import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { DEPARTMENT_ROLE_ITEMS } from '../department-roles-schema.js';

/** The envelope only: the departments decider checks the roles. */
export class ChangeRolesDto {
  @ApiProperty({
    type: 'array',
    items: DEPARTMENT_ROLE_ITEMS,
    description: 'The department’s roles from now on (they replace the recorded ones)',
    example: ['own-decisions', 'registration'],
  })
  @Allow()
  roles!: unknown;
}
