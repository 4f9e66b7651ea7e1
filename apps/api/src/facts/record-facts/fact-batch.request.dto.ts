import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject } from 'class-validator';

export const MAX_BATCH = 1000;

/**
 * The envelope only: each item is checked on its own against the fact catalogue, so one bad item is
 * answered in its own result and never fails the batch.
 */
export class FactBatchDto {
  @ApiProperty({
    description: `1 to ${MAX_BATCH} facts; each is one of the FactInput schemas, chosen by its type`,
    type: 'array',
    items: { $ref: '#/components/schemas/FactInput' },
    minItems: 1,
    maxItems: MAX_BATCH,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH)
  @IsObject({ each: true, message: 'each item must be an object' })
  items!: Record<string, unknown>[];
}
