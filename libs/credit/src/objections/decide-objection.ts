import { isValidLocalDate } from '#kernel';
import { textProblem } from '../facts/text-hygiene.js';
import { derivedEventId, factEventId } from '../subject-stream/event-ids.js';
import { objectionError, type ObjectionError } from './objection-error.js';
import {
  ANSWER_PROPOSALS,
  FILED_BY,
  OBJECTION_ACCEPTED,
  OBJECTION_ANSWERED,
  OBJECTION_CHECKED,
  OBJECTION_DECIDED,
  OBJECTION_FILED,
  OBJECTION_NOT_ACCEPTED,
  OBJECTION_OUTCOMES,
  type AnswerProposal,
  type FiledBy,
  type ObjectedRecord,
  type ObjectionEvent,
  type ObjectionOutcome,
  type ObjectionWorkingDays,
} from './objection-events.js';
import { isOpen, lastStepOn, type Objection, type ObjectionState, type ObjectionStatus } from './objection-state.js';

/** Who takes a step: the calling department, and whether it is the credit office (the platform). */
export interface ObjectionActor {
  readonly department: string;
  readonly office: boolean;
}

/** Fields arrive unchecked (from HTTP); `on` is the day the step is taken (today unless the caller names an earlier day). */
interface Step {
  readonly by: ObjectionActor;
  readonly on: string;
  /** Today: no step is dated after it. */
  readonly today: string;
}

export type ObjectionCommand =
  | (Step & {
      readonly kind: 'file';
      readonly objectionId: string;
      readonly eventId: string;
      /** The fact event as the subject's stream holds it; undefined when the stream has no such fact. */
      readonly record: ObjectedRecord | undefined;
      readonly filedBy: unknown;
      readonly grounds: unknown;
      readonly workingDays: ObjectionWorkingDays;
    })
  | (Step & { readonly kind: 'accept' })
  | (Step & { readonly kind: 'not-accept'; readonly reason: unknown })
  | (Step & { readonly kind: 'check'; readonly finding: unknown })
  | (Step & { readonly kind: 'answer'; readonly proposes: unknown; readonly explanation: unknown })
  | (Step & {
      readonly kind: 'decide';
      readonly outcome: unknown;
      readonly reason: unknown;
      readonly correctionEventId?: unknown;
      /** The corrected fact named by `correctionEventId`, as the subject's stream holds it. */
      readonly correction?: { readonly eventId: string; readonly department: string; readonly type: string };
      /**
       * The RecordRevoked this objection already put on the subject's stream: a decision cut short between its two
       * appends (the revocation, then this case's ObjectionDecided), taken again.
       */
      readonly recordedRevocation?: string;
    });

export type ObjectionDecision =
  | { readonly outcome: 'record'; readonly events: readonly ObjectionEvent[] }
  | { readonly outcome: 'rejected'; readonly error: ObjectionError };

const rejected = (error: ObjectionError): ObjectionDecision => ({ outcome: 'rejected', error });
const record = (...events: ObjectionEvent[]): ObjectionDecision => ({ outcome: 'record', events });

/** The id of the n-th objection to one record: filing the same objection twice meets the same stream (one open objection per record). */
export const objectionIdFor = (subject: string, eventId: string, n: number): string => derivedEventId(eventId, `objection:${subject}:${n}`);

/** The source record id of the RecordRevoked fact an upheld objection records, and so its event id. */
export const revocationSourceRecordId = (objectionId: string) => `objection-${objectionId}`;
export const revocationEventIdOf = (department: string, objectionId: string) =>
  factEventId(department, revocationSourceRecordId(objectionId));

/** Which step each status waits for, for the reason a step out of order is refused. */
const NEXT_STEP: Record<Exclude<ObjectionStatus, 'decided' | 'not-accepted'>, string> = {
  filed: 'acceptance (POST /v1/objections/{id}/acceptance)',
  accepted: 'the platform check (POST /v1/objections/{id}/check)',
  checked: 'the source department’s answer (POST /v1/objections/{id}/answer)',
  answered: 'the decision (POST /v1/objections/{id}/decision)',
};

/** decide(command, state) → the events to append; pure. */
export function decideObjection(command: ObjectionCommand, state: ObjectionState): ObjectionDecision {
  if (command.kind === 'file') return file(command, state);
  if (!state) return rejected(objectionError('unknown-objection', 'id', 'no such objection'));
  if (!isOpen(state)) {
    const closed = state.decision
      ? `it was decided on ${state.decision.on} (${OBJECTION_OUTCOMES[state.decision.outcome]})`
      : `it was not accepted on ${state.notAccepted!.on}`;
    return rejected(objectionError('objection-closed', 'id', `the objection is closed: ${closed}`));
  }
  const sourceMayAct = command.kind === 'answer' && command.by.department === state.record.department;
  if (!command.by.office && !sourceMayAct) {
    return rejected(
      command.kind === 'answer'
        ? objectionError(
            'not-source-department',
            'department',
            `only ${state.record.department}, which recorded the record, or the credit office may answer`,
          )
        : objectionError('credit-office-only', 'department', 'only the credit office (the platform) takes this step'),
    );
  }
  const expected: Record<typeof command.kind, ObjectionStatus> = {
    accept: 'filed',
    'not-accept': 'filed',
    check: 'accepted',
    answer: 'checked',
    decide: 'answered',
  };
  if (state.status !== expected[command.kind]) return rejected(outOfOrder(command.kind, state));
  const dateProblem = stepDateProblem(command, lastStepOn(state));
  if (dateProblem) return rejected(dateProblem);
  const on = command.on;

  switch (command.kind) {
    case 'accept':
      return record({ type: OBJECTION_ACCEPTED, data: { on } });
    case 'not-accept': {
      const reason = text(command.reason, 'reason');
      return 'error' in reason ? rejected(reason.error) : record({ type: OBJECTION_NOT_ACCEPTED, data: { on, reason: reason.text } });
    }
    case 'check': {
      const finding = text(command.finding, 'finding');
      return 'error' in finding ? rejected(finding.error) : record({ type: OBJECTION_CHECKED, data: { on, finding: finding.text } });
    }
    case 'answer': {
      const explanation = text(command.explanation, 'explanation');
      if ('error' in explanation) return rejected(explanation.error);
      if (!isKey(ANSWER_PROPOSALS, command.proposes)) return rejected(notOneOf('proposes', ANSWER_PROPOSALS));
      const proposes: AnswerProposal = command.proposes;
      return record({
        type: OBJECTION_ANSWERED,
        data: { on, department: command.by.department, proposes, explanation: explanation.text },
      });
    }
    case 'decide':
      return decide(command, state);
  }
}

function file(command: Extract<ObjectionCommand, { kind: 'file' }>, state: ObjectionState): ObjectionDecision {
  if (!command.by.office) return rejected(objectionError('credit-office-only', 'department', 'only the credit office files an objection'));
  if (state && isOpen(state)) {
    return rejected(
      objectionError(
        'objection-open',
        'eventId',
        `the record is already under objection ${state.objectionId} (filed on ${state.filedOn}, ${state.status})`,
      ),
    );
  }
  if (!command.record) {
    return rejected(objectionError('record-not-found', 'eventId', `no fact event ${command.eventId} is recorded for the subject`));
  }
  if (!isKey(FILED_BY, command.filedBy)) return rejected(notOneOf('filedBy', FILED_BY));
  const filedBy: FiledBy = command.filedBy;
  const grounds = text(command.grounds, 'grounds');
  if ('error' in grounds) return rejected(grounds.error);
  const dateProblem = stepDateProblem(command, undefined);
  if (dateProblem) return rejected(dateProblem);
  return record({
    type: OBJECTION_FILED,
    data: {
      objectionId: command.objectionId,
      record: command.record,
      filedBy,
      filedOn: command.on,
      grounds: grounds.text,
      workingDays: command.workingDays,
    },
  });
}

function decide(command: Extract<ObjectionCommand, { kind: 'decide' }>, state: Objection): ObjectionDecision {
  if (!isKey(OBJECTION_OUTCOMES, command.outcome)) return rejected(notOneOf('outcome', OBJECTION_OUTCOMES));
  const outcome: ObjectionOutcome = command.outcome;
  const reason = text(command.reason, 'reason');
  if ('error' in reason) return rejected(reason.error);
  const base = { on: command.on, outcome, reason: reason.text };
  if (command.recordedRevocation && outcome !== 'upheld-revocation') {
    return rejected(
      objectionError(
        'revocation-recorded',
        'outcome',
        `the record was already revoked for this objection (event ${command.recordedRevocation}) by a decision not finished: ` +
          'decide upheld-revocation to finish it',
      ),
    );
  }
  if (outcome !== 'upheld-correction' && command.correctionEventId !== undefined) {
    return rejected(objectionError('invalid-field', 'correctionEventId', `only an upheld-correction names a corrected fact`));
  }
  switch (outcome) {
    case 'rejected':
      return record({ type: OBJECTION_DECIDED, data: base });
    case 'upheld-revocation':
      return record({
        type: OBJECTION_DECIDED,
        data: { ...base, revocationEventId: command.recordedRevocation ?? revocationEventIdOf(command.by.department, state.objectionId) },
      });
    case 'upheld-correction': {
      const { correction } = command;
      if (typeof command.correctionEventId !== 'string' || !command.correctionEventId) {
        return rejected(
          objectionError(
            'invalid-field',
            'correctionEventId',
            `an upheld-correction names the corrected fact ${state.record.department} recorded (e.g. PenaltyCorrected)`,
          ),
        );
      }
      if (!correction || correction.eventId === state.record.eventId || correction.department !== state.record.department) {
        return rejected(
          objectionError(
            'correction-not-found',
            'correctionEventId',
            `no fact ${command.correctionEventId} recorded by ${state.record.department} for ${state.record.subject.code} other than the record objected to`,
          ),
        );
      }
      return record({ type: OBJECTION_DECIDED, data: { ...base, correctionEventId: correction.eventId } });
    }
  }
}

function outOfOrder(kind: Exclude<ObjectionCommand['kind'], 'file'>, state: Objection): ObjectionError {
  const waiting = NEXT_STEP[state.status as keyof typeof NEXT_STEP];
  const taken: Partial<Record<ObjectionStatus, string>> = {
    accepted: `accepted on ${state.acceptedOn}`,
    checked: `checked on ${state.checkedOn}`,
    answered: `answered on ${state.answer?.on}`,
  };
  const now = taken[state.status] ? `it was ${taken[state.status]}; ` : '';
  return objectionError('step-out-of-order', 'id', `${kind} is not the next step: ${now}the objection waits for ${waiting}`);
}

function stepDateProblem(command: Step, previous: string | undefined): ObjectionError | undefined {
  if (!isValidLocalDate(command.on)) return objectionError('invalid-field', 'on', 'must be a date YYYY-MM-DD');
  if (command.on > command.today) return objectionError('invalid-field', 'on', `must not be after today (${command.today})`);
  if (previous && command.on < previous) {
    return objectionError('date-before-previous-step', 'on', `the previous step was taken on ${previous}; this one cannot be earlier`);
  }
  return undefined;
}

function text(value: unknown, path: string): { text: string } | { error: ObjectionError } {
  if (typeof value !== 'string' || !value.trim()) return { error: objectionError('invalid-field', path, 'is required (text)') };
  if (value.length > 2000) return { error: objectionError('invalid-field', path, 'must be at most 2000 characters') };
  const problem = textProblem(value, 'prose');
  if (problem) return { error: objectionError('invalid-field', path, problem) };
  return { text: value.trim() };
}

function isKey<T extends object>(values: T, key: unknown): key is keyof T & string {
  return typeof key === 'string' && Object.hasOwn(values, key);
}

function notOneOf(path: string, values: object): ObjectionError {
  return objectionError('invalid-field', path, `must be one of ${Object.keys(values).join(', ')}`);
}
