import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { refusal } from '#kernel';
import { refusalException } from '../shared/problems/refusal-problem.js';

/** The day an activation takes effect; the lifecycle checks the date (a real one, not before the current rule set's). */
export class EffectiveFromDto {
  @ApiProperty({ type: 'string', format: 'date', example: '2026-12-01' })
  @Allow()
  effectiveFrom!: unknown;
}

/** The date as text, for the lifecycle to check; anything but a string is refused here, naming the field. */
export function effectiveFromOf(body: EffectiveFromDto): string {
  if (typeof body.effectiveFrom === 'string') return body.effectiveFrom;
  throw refusalException(
    refusal('invalid', 'invalid-effective-from', 'The effective date is not valid', [
      { path: 'effectiveFrom', reason: 'must be a date YYYY-MM-DD' },
    ]),
  );
}
