import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/**
 * The envelope only: the fields are checked by the check's decider (libs/credit/src/feedback), so that each
 * problem names its path (`measures[1].reason`) and the same rules hold wherever feedback comes from.
 */
export class FeedbackDto {
  @ApiProperty({ type: 'string', description: 'A subject the check answered: 统一社会信用代码 or 身份证号', example: '91110000600037341L' })
  @Allow()
  subject!: unknown;

  @ApiProperty({
    description: 'The approval: 事项名称 and 办件编号 (required), and the stage (acceptance 受理, review 审查, completion 办结)',
    type: 'object',
    required: ['name', 'caseNumber'],
    properties: {
      name: { type: 'string', maxLength: 200 },
      caseNumber: { type: 'string', maxLength: 100 },
      stage: { type: 'string', enum: ['acceptance', 'review', 'completion'] },
    },
    example: { name: '建筑工程施工许可证核发', caseNumber: 'AK-ZJ-2026-000123', stage: 'completion' },
  })
  @Allow()
  matter!: unknown;

  @ApiProperty({
    description: 'Each measure the check answered for the subject that this feedback reports on (1–200)',
    type: 'array',
    items: { $ref: '#/components/schemas/MeasureFeedback' },
    example: [
      { measureId: 'DJD.PUBLIC_PROCUREMENT', applied: true, result: '依法限制参与政府采购', amount: '12500.00' },
      { measureId: 'DJD.HOTEL_LUXURY', applied: false, reason: '本次事项不涉及高消费' },
    ],
  })
  @Allow()
  measures!: unknown;

  @ApiProperty({
    type: 'string',
    format: 'date',
    description: 'The day the department decided (YYYY-MM-DD): not before the check, not after today',
    example: '2026-05-18',
  })
  @Allow()
  decidedOn!: unknown;

  @ApiProperty({ type: 'string', description: 'The officer who decided (name or staff number)', example: '张三' })
  @Allow()
  officer!: unknown;
}
