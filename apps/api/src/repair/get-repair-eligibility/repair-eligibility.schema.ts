/** An OpenAPI schema object, as `@ApiOkResponse({ schema })` takes it. */
type SchemaObject = Record<string, unknown>;

const basis: SchemaObject = {
  type: 'object',
  required: ['documentNumber'],
  properties: { documentNumber: { type: 'string' }, clause: { type: 'string' } },
};
const shownBy: SchemaObject = {
  type: 'object',
  nullable: true,
  required: ['eventId', 'type'],
  properties: { eventId: { type: 'string' }, type: { type: 'string' }, on: { type: 'string', format: 'date' } },
};

/** The answer of GET /v1/subjects/{code}/repair-eligibility, with an example. */
export const REPAIR_ELIGIBILITY_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['subject', 'asOf', 'ruleSet', 'conditions', 'records'],
  properties: {
    subject: { type: 'string' },
    asOf: { type: 'string', format: 'date' },
    ruleSet: { type: 'object', required: ['id', 'version'], properties: { id: { type: 'string' }, version: { type: 'string' } } },
    conditions: basis,
    records: {
      type: 'array',
      items: {
        type: 'object',
        required: ['record', 'obligations', 'commitment', 'eligible', 'reasons'],
        properties: {
          record: {
            type: 'object',
            required: ['eventId', 'type', 'kind', 'label', 'documentDate'],
            properties: {
              eventId: { type: 'string', description: 'The record reference: pass it as recordEventId of CreditRepairApplied' },
              type: { type: 'string' },
              kind: { type: 'string', enum: ['penalty', 'list-entry'] },
              label: { type: 'string' },
              documentDate: { type: 'string', format: 'date' },
              documentNumber: { type: 'string' },
              class: { type: 'string', description: 'minor / general / serious (令第36号), single (令第58号), specific-serious (527号)' },
              listType: { type: 'string' },
              department: { type: 'string', description: 'The department that decided the record and decides its repair' },
            },
          },
          regime: { type: 'object', nullable: true, properties: { id: { type: 'string' }, documentNumber: { type: 'string' } } },
          minimumPeriod: {
            type: 'object',
            nullable: true,
            properties: {
              from: { type: 'string', format: 'date' },
              months: { type: 'integer' },
              reachedOn: { type: 'string', format: 'date' },
              reached: { type: 'boolean' },
              basis,
            },
          },
          obligations: {
            type: 'object',
            properties: { performed: { type: 'boolean' }, requirement: { type: 'string' }, shownBy },
          },
          commitment: { type: 'object', properties: { made: { type: 'boolean' }, shownBy } },
          notRepairable: {
            type: 'object',
            nullable: true,
            properties: { reason: { type: 'string' }, basis: { ...basis, nullable: true } },
          },
          pendingApplication: {
            type: 'object',
            nullable: true,
            properties: {
              applicationNumber: { type: 'string' },
              appliedOn: { type: 'string', format: 'date' },
              eventId: { type: 'string' },
            },
          },
          review: {
            type: 'object',
            nullable: true,
            description: 'The deciding department’s time limit (国办发〔2025〕22号 四; working days, official calendar)',
            properties: {
              startedOn: { type: 'string', format: 'date' },
              workingDays: { type: 'integer' },
              dueOn: { type: 'string', format: 'date' },
              status: { type: 'string', enum: ['open', 'overdue', 'met', 'missed', 'calendar-unknown'] },
            },
          },
          repaired: { type: 'object', nullable: true, properties: { on: { type: 'string', format: 'date' }, eventId: { type: 'string' } } },
          eligible: { type: 'boolean' },
          reasons: {
            type: 'array',
            items: {
              type: 'object',
              required: ['code', 'reason'],
              properties: {
                code: {
                  type: 'string',
                  enum: [
                    'not-repairable',
                    'no-period-encoded',
                    'minimum-period-not-reached',
                    'obligations-not-performed',
                    'commitment-not-made',
                    'already-repaired',
                  ],
                },
                reason: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
  example: {
    subject: '91110000600037341L',
    asOf: '2026-08-01',
    ruleSet: { id: 'jiangcheng', version: '1' },
    conditions: { documentNumber: '国家发展改革委令第36号', clause: '申请信用修复应当同时满足：达到最短公示期限；…；公开作出信用承诺' },
    records: [
      {
        record: {
          eventId: '3f0c6b1e-9a4d-8c2b-9e1f-5a6b7c8d9e0f',
          type: 'PenaltyDecided',
          kind: 'penalty',
          label: '销售不符合食品安全标准的食品',
          documentDate: '2026-05-06',
          documentNumber: '京朝市监罚〔2026〕123号',
          class: 'general',
          department: 'bj-scj',
        },
        regime: { id: 'ndrc-order-36', documentNumber: '国家发展改革委令第36号' },
        minimumPeriod: {
          from: '2026-05-06',
          months: 3,
          reachedOn: '2026-08-06',
          reached: false,
          basis: { documentNumber: '国家发展改革委令第36号' },
        },
        obligations: {
          performed: true,
          requirement: '完全履行行政处罚决定规定的义务（PenaltyPerformed）',
          shownBy: { eventId: '…', type: 'PenaltyPerformed', on: '2026-05-20' },
        },
        commitment: { made: false, shownBy: null },
        notRepairable: null,
        pendingApplication: null,
        review: null,
        repaired: null,
        eligible: false,
        reasons: [
          {
            code: 'minimum-period-not-reached',
            reason: '最短公示期限未届满：3 个月自 2026-05-06 起，2026-08-06 起方可申请（国家发展改革委令第36号）',
          },
          { code: 'commitment-not-made', reason: '未公开作出信用承诺（令第36号：公开作出信用承诺是申请信用修复的条件）' },
        ],
      },
    ],
  },
};
