type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const text = (description?: string): Schema => (description ? { type: 'string', description } : { type: 'string' });
const integer = (description: string): Schema => ({ type: 'integer', description });
const object = (required: string[], properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  required,
  properties,
});

const UUID = { type: 'string', format: 'uuid' };
const CHECK_ID = '0b7f6c2e-3d4a-4e5f-8a9b-1c2d3e4f5a6b';
const FEEDBACK_ID = '5d0e2a1c-7b3f-4c9e-9a2d-6f1b8e3c4d5a';
const example = (schema: Schema, value: unknown): Schema => ({ ...schema, example: value });
const STAGE = {
  type: 'string',
  enum: ['acceptance', 'review', 'completion'],
  description: 'acceptance 受理, review 审查, completion 办结',
};

/** The answers of the checks-of-record and feedback endpoints (apps/api/src/feedback), against their TypeScript types. */
export function feedbackSchemas(): Record<string, Schema> {
  return {
    Matter: object(
      [],
      { name: text('事项名称'), caseNumber: text('办件编号'), stage: STAGE },
      'The approval a check or a feedback is about',
    ),
    EntryProof: object(
      ['listType', 'listingFactEventId'],
      {
        listType: text(),
        listingEventId: text('The SubjectListed event of the list entry'),
        listingFactEventId: text('The fact that listed the subject (causes[0])'),
        organization: text('For a person reached through a role: the listed organisation'),
        role: text(),
      },
      'The list entry behind a measure',
    ),
    AnsweredMeasure: object(['measureId', 'entries'], { measureId: text(), entries: { type: 'array', items: ref('EntryProof') } }),
    AnsweredSubject: object(['subject', 'measures'], { subject: text(), measures: { type: 'array', items: ref('AnsweredMeasure') } }),
    MeasureFeedback: object(
      ['measureId', 'applied'],
      {
        measureId: text('A measure the check answered for the subject'),
        applied: { type: 'boolean' },
        reason: text('Required when not applied'),
        result: text(),
        amount: {
          type: 'string',
          pattern: '^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$',
          description: 'Exact decimal yuan, at most 2 places',
          example: '12500.00',
        },
      },
      'What the department did with one measure',
    ),
    ReportedMeasure: {
      allOf: [ref('MeasureFeedback'), object(['proof'], { proof: { type: 'array', items: ref('EntryProof') } })],
    },
    Feedback: object(['feedbackId', 'department', 'subject', 'matter', 'measures', 'decidedOn', 'officer', 'recordedAt'], {
      feedbackId: UUID,
      department: text(),
      subject: text(),
      matter: ref('Matter'),
      measures: { type: 'array', items: ref('ReportedMeasure') },
      decidedOn: { type: 'string', format: 'date' },
      officer: text(),
      recordedAt: { type: 'string', format: 'date-time' },
      revoked: object(['reason', 'revokedAt'], { reason: text(), revokedAt: { type: 'string', format: 'date-time' } }),
    }),
    CheckOfRecord: object(
      ['checkId', 'department', 'actor', 'performedAt', 'performedOn', 'asOf', 'filters', 'ruleSet', 'subjects', 'answered', 'feedback'],
      {
        checkId: UUID,
        department: text('The checking department'),
        actor: text('The API key that made the check'),
        performedAt: { type: 'string', format: 'date-time' },
        performedOn: { type: 'string', format: 'date', description: 'The day of the check in Asia/Shanghai' },
        asOf: { type: 'string', format: 'date' },
        filters: object([], { scenario: text(), department: text('The implementing department asked for') }),
        matter: ref('Matter'),
        ruleSet: ref('RuleSetVersion'),
        subjects: { type: 'array', items: { type: 'string' }, description: 'Every subject checked, once' },
        answered: { type: 'array', items: ref('AnsweredSubject'), description: 'The subjects with measures' },
        feedback: { type: 'array', items: ref('Feedback'), description: 'In the order recorded, revoked ones included' },
      },
    ),
    RecordedFeedback: example(
      object(['checkId', 'feedbackId', 'recordedAt', 'position'], {
        checkId: UUID,
        feedbackId: UUID,
        recordedAt: { type: 'string', format: 'date-time' },
        position: text('Pass as `after` to read this write'),
      }),
      {
        checkId: CHECK_ID,
        feedbackId: FEEDBACK_ID,
        recordedAt: '2026-11-20T04:00:00.000Z',
        position: '1234-5678',
      },
    ),
    RevokedFeedback: example(
      object(['checkId', 'feedbackId', 'revokedAt', 'position'], {
        checkId: UUID,
        feedbackId: UUID,
        revokedAt: { type: 'string', format: 'date-time' },
        position: text(),
      }),
      { checkId: CHECK_ID, feedbackId: FEEDBACK_ID, revokedAt: '2026-11-21T02:00:00.000Z', position: '1240-5690' },
    ),
    FeedbackStatisticsRow: object(
      ['department', 'measureId', 'checks', 'checksWithFeedback', 'rate', 'feedback', 'applied', 'notApplied'],
      {
        department: text('The checking department'),
        measureId: { type: 'string', nullable: true, description: 'null: all the department’s measures' },
        checks: integer('Checks in the period whose answer held the measure'),
        checksWithFeedback: integer('Of those, the checks with feedback on it (revoked excluded)'),
        rate: { type: 'number', description: 'checksWithFeedback / checks, to 4 places' },
        feedback: integer('Feedback records (revoked excluded)'),
        applied: integer('Measures reported applied'),
        notApplied: integer('Measures reported not applied'),
      },
    ),
    FeedbackReport: example(
      object(['report', 'from', 'to', 'rows'], {
        report: { type: 'string', enum: ['feedback'] },
        from: { type: 'string', format: 'date' },
        to: { type: 'string', format: 'date' },
        rows: { type: 'array', items: ref('FeedbackStatisticsRow') },
      }),
      {
        report: 'feedback',
        from: '2026-10-01',
        to: '2026-12-31',
        rows: [
          { department: 'ak-zjj', measureId: null, checks: 2, checksWithFeedback: 1, rate: 0.5, feedback: 1, applied: 1, notApplied: 0 },
          {
            department: 'ak-zjj',
            measureId: 'DJD.PROCUREMENT',
            checks: 2,
            checksWithFeedback: 1,
            rate: 0.5,
            feedback: 1,
            applied: 1,
            notApplied: 0,
          },
        ],
      },
    ),
  };
}
