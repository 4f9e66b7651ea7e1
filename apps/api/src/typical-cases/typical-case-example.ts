import type { SchemaObject } from '@nestjs/swagger';

/** The example case of the OpenAPI document. */
export const TYPICAL_CASE_EXAMPLE = {
  kind: 'punishment',
  title: '失信被执行人被依法限制参与政府采购',
  summary: '某建筑公司被列为失信被执行人后参与政府采购投标，采购人核查信用后依法拒绝其参与。',
  subjects: ['91610900MA70XXXX1X'],
  measures: ['限制参与政府采购活动'],
  documentNumbers: ['（2026）陕0902执1234号'],
  occurredOn: '2026-10-09',
} as const;

/** The properties of a case as answered. */
export const TYPICAL_CASE_PROPERTIES: Record<string, SchemaObject> = {
  id: { type: 'string', format: 'uuid' },
  department: { type: 'string', description: 'The submitting department' },
  kind: { type: 'string', enum: ['reward', 'punishment'] },
  title: { type: 'string' },
  summary: { type: 'string' },
  subjects: { type: 'array', items: { type: 'string' }, description: 'A 身份证号 is masked for all but the credit office' },
  measures: { type: 'array', items: { type: 'string' } },
  documentNumbers: { type: 'array', items: { type: 'string' } },
  occurredOn: { type: 'string', format: 'date' },
  submittedOn: { type: 'string', format: 'date', description: 'The day it was received: the quarter it counts in' },
};
