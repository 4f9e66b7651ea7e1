const version = { type: 'object', required: ['id', 'version'], properties: { id: { type: 'string' }, version: { type: 'string' } } };

/** The activation plan (ActivationPlan of libs/ingestion): who gains or loses which list entries and measures. */
export const ACTIVATION_PLAN_SCHEMA = {
  type: 'object',
  required: ['from', 'to', 'effectiveFrom', 'subjectsExamined', 'changes'],
  properties: {
    from: version,
    to: version,
    effectiveFrom: { type: 'string', format: 'date' },
    subjectsExamined: { type: 'integer' },
    changes: {
      type: 'array',
      description: 'Only the subjects whose lists or measures change',
      items: {
        type: 'object',
        required: ['subject', 'gained', 'lost', 'measuresGained', 'measuresLost'],
        properties: {
          subject: { type: 'string' },
          gained: {
            type: 'array',
            items: {
              type: 'object',
              required: ['listType', 'since', 'listingFactEventId'],
              properties: {
                listType: { type: 'string' },
                since: { type: 'string', format: 'date' },
                until: { type: 'string', format: 'date' },
                listingFactEventId: { type: 'string' },
              },
            },
          },
          lost: {
            type: 'array',
            items: {
              type: 'object',
              required: ['listType', 'on', 'listingFactEventId'],
              properties: { listType: { type: 'string' }, on: { type: 'string', format: 'date' }, listingFactEventId: { type: 'string' } },
            },
          },
          measuresGained: { type: 'array', items: { type: 'string' } },
          measuresLost: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};
