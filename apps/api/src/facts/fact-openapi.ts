import type { FactCatalogue, FieldSpec } from '#credit';
import { DECIMAL, LEGACY_CODES, SUBJECT_KINDS } from '#credit';

type Schema = Record<string, unknown>;

/** OpenAPI schemas generated from the fact catalogue: one FactInput_<type> per fact type, with its example. */
export function factSchemas(catalogue: FactCatalogue): Record<string, Schema> {
  const schemas: Record<string, Schema> = {};
  for (const definition of catalogue.definitions) {
    schemas[`FactInput_${definition.type}`] = {
      type: 'object',
      title: `${definition.type} — ${definition.label}`,
      description: `${definition.description}\n\nRecorded by: ${definition.recordedBy.join(', ')}. Subjects: ${definition.subjectKinds.join(', ')}.`,
      required: ['type', 'sourceRecordId', 'subject', 'data'],
      properties: {
        type: { type: 'string', enum: [definition.type] },
        sourceRecordId: { type: 'string', description: 'The department’s own record id: sending it again is a harmless retry' },
        subject: { $ref: '#/components/schemas/SubjectReference' },
        data: objectSchema(definition.fields),
      },
      example: {
        type: definition.type,
        sourceRecordId: 'REC-2026-000123',
        subject: definition.subjectKinds.includes('enterprise')
          ? { kind: 'enterprise', code: '91110000600037341L', name: '北京某某食品有限公司' }
          : { kind: 'natural-person', code: '11010519491231002X', name: '张三' },
        data: definition.example,
      },
    };
  }
  schemas.FactInput = {
    oneOf: catalogue.definitions.map((d) => ({ $ref: `#/components/schemas/FactInput_${d.type}` })),
    discriminator: {
      propertyName: 'type',
      mapping: Object.fromEntries(catalogue.definitions.map((d) => [d.type, `#/components/schemas/FactInput_${d.type}`])),
    },
  };
  schemas.SubjectReference = {
    type: 'object',
    required: ['kind', 'code', 'name'],
    properties: {
      kind: {
        type: 'string',
        enum: Object.keys(SUBJECT_KINDS),
        description: Object.entries(SUBJECT_KINDS)
          .map(([k, v]) => `${k}: ${v}`)
          .join('; '),
      },
      code: { type: 'string', description: '统一社会信用代码 (GB 32100) for organisations, 身份证号 (GB 11643) for persons' },
      name: { type: 'string' },
      legacyCodes: {
        type: 'object',
        properties: Object.fromEntries(Object.keys(LEGACY_CODES).map((k) => [k, { type: 'string' }])),
      },
      legacyCodeVerified: {
        type: 'boolean',
        description: 'The department vouches for a genuine pre-2016 code that fails its check: accepted and flagged',
      },
    },
  };
  schemas.FactBatchResult = {
    type: 'object',
    properties: {
      position: { type: 'string', description: 'Pass as `after` to a query to read this batch back', example: '1043-5512' },
      results: {
        type: 'array',
        items: {
          type: 'object',
          required: ['index', 'status'],
          properties: {
            index: { type: 'integer' },
            status: { type: 'string', enum: ['accepted', 'duplicate', 'rejected'] },
            eventId: { type: 'string', format: 'uuid' },
            subject: { type: 'string' },
            position: { type: 'string' },
            flags: { type: 'array', items: { type: 'string' } },
            problem: { $ref: '#/components/schemas/ProblemDetails' },
          },
        },
      },
    },
  };
  schemas.ProblemDetails = {
    type: 'object',
    description: 'RFC 7807 problem details (application/problem+json), the body of every 4xx and 5xx answer',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string', format: 'uri', example: 'https://jiangcheng.dev/problems/invalid-request' },
      title: { type: 'string', example: 'The request is not valid' },
      status: { type: 'integer', example: 400 },
      detail: { type: 'string' },
      instance: { type: 'string', description: 'The request path' },
      errors: {
        type: 'array',
        description: 'For invalid input: each offending field (a JSON path) and why',
        items: {
          type: 'object',
          required: ['field', 'reason'],
          properties: { field: { type: 'string', example: 'subjects[0]' }, reason: { type: 'string' } },
        },
      },
      retryAfterSeconds: { type: 'integer', description: 'With 503: retry after this many seconds (also the Retry-After header)' },
    },
  };
  return schemas;
}

function objectSchema(fields: Readonly<Record<string, FieldSpec>>): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.entries(fields)
      .filter(([, spec]) => !spec.optional)
      .map(([name]) => name),
    properties: Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, fieldSchema(spec)])),
  };
}

function fieldSchema(spec: FieldSpec): Schema {
  const description = spec.label;
  switch (spec.kind) {
    case 'text':
      return { type: 'string', description, maxLength: spec.maxLength };
    case 'date':
      return { type: 'string', format: 'date', description };
    case 'decimal':
      return {
        type: 'string',
        pattern: DECIMAL.source,
        description: `${description}; exact decimal in ${spec.unit}, as a string`,
      };
    case 'integer':
      return { type: 'integer', minimum: spec.min, maximum: spec.max, description };
    case 'enum':
      return {
        type: 'string',
        enum: Object.keys(spec.values),
        description: `${description}: ${Object.entries(spec.values)
          .map(([k, v]) => `${k} ${v}`)
          .join('; ')}`,
      };
    case 'boolean':
      return { type: 'boolean', description };
    case 'person':
      return {
        type: 'object',
        description,
        required: ['idNumber', 'name'],
        properties: { idNumber: { type: 'string', description: '身份证号' }, name: { type: 'string' } },
      };
    case 'list':
      return { type: 'array', description, maxItems: spec.maxItems, items: objectSchema(spec.item) };
    case 'texts':
      return { type: 'array', description, maxItems: spec.maxItems, items: { type: 'string', maxLength: spec.maxLength } };
  }
}
