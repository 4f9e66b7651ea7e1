import { ANSWER_PROPOSALS, FILED_BY, OBJECTION_OUTCOMES } from '#credit';

type Schema = Record<string, unknown>;
const text = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });
const date = (description?: string): Schema => ({ type: 'string', format: 'date', ...(description ? { description } : {}) });
const enumOf = (values: object, description?: string): Schema => ({
  type: 'string',
  enum: Object.keys(values),
  description: `${description ? `${description}. ` : ''}${Object.entries(values)
    .map(([key, label]) => `${key}: ${String(label)}`)
    .join('; ')}`,
});

const TIME_LIMIT: Schema = {
  type: 'object',
  required: ['startedOn', 'workingDays', 'status'],
  properties: {
    startedOn: date(),
    workingDays: { type: 'integer' },
    dueOn: date('The last working day the step may be taken on; absent when the calendar does not cover it'),
    doneOn: date(),
    status: { type: 'string', enum: ['open', 'overdue', 'met', 'missed', 'calendar-unknown'] },
  },
};

/** An objection case as the objection endpoints answer it (ObjectionView). */
export const OBJECTION_SCHEMA: Schema = {
  type: 'object',
  required: ['id', 'status', 'open', 'record', 'filedBy', 'filedOn', 'grounds', 'workingDays', 'timeLimits', 'overdue'],
  properties: {
    id: text('The case: its stream is objection-<id>'),
    status: { type: 'string', enum: ['filed', 'accepted', 'not-accepted', 'checked', 'answered', 'decided'] },
    open: { type: 'boolean', description: 'While open, the record shows underObjection in queries and the public view' },
    record: {
      type: 'object',
      required: ['subject', 'eventId', 'type', 'department'],
      properties: {
        subject: { $ref: '#/components/schemas/SubjectReference' },
        eventId: text(),
        type: text('The fact type, e.g. PenaltyDecided'),
        department: text('The source department: it recorded the record and answers'),
      },
    },
    filedBy: enumOf(FILED_BY),
    filedOn: date(),
    grounds: text(),
    workingDays: {
      type: 'object',
      properties: { acceptance: { type: 'integer' }, check: { type: 'integer' }, answer: { type: 'integer' } },
      description: 'As configured when the case was filed',
    },
    acceptedOn: date(),
    notAccepted: { type: 'object', properties: { on: date(), reason: text() } },
    checkedOn: date(),
    finding: text(),
    answer: {
      type: 'object',
      properties: { on: date(), department: text(), proposes: enumOf(ANSWER_PROPOSALS), explanation: text() },
    },
    decision: {
      type: 'object',
      properties: {
        on: date(),
        outcome: enumOf(OBJECTION_OUTCOMES),
        reason: text(),
        correctionEventId: text('upheld-correction: the corrected fact the source department recorded'),
        revocationEventId: text('upheld-revocation: the RecordRevoked fact on the subject’s stream'),
      },
    },
    timeLimits: {
      type: 'object',
      required: ['acceptance'],
      properties: { acceptance: TIME_LIMIT, check: TIME_LIMIT, answer: TIME_LIMIT },
      description: 'Each step’s time limit on the official working-day calendar, seen today',
    },
    overdue: { type: 'boolean', description: 'A step not taken is past its time limit' },
    position: text('After a step: pass as `after` to read your write back'),
  },
};
