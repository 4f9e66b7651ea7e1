import { refusal, todayInShanghai, type LocalDate, type Problem, type Refusal } from '#kernel';
import { CHECK_PERFORMED, FEEDBACK_RECORDED, FEEDBACK_REVOKED, type CheckEvent, type CheckPerformedData } from './check-events.js';
import { answeredMeasures, performedOn, type CheckState } from './check-state.js';
import { checkFeedbackInput, matterProblems, text, type FeedbackInput } from './feedback-input.js';

/**
 * Commands on a check's stream. The loop of 国发〔2016〕33号 (发起 → 响应 → 反馈): the implementing department that
 * checked a subject reports back what it did with each measure the check answered, and may revoke that report.
 * Sources read: the text of 33号 (http://www.cptp.org.cn/902.html, its opening only) and the 广东 plan implementing it,
 * whose tasks include 建立触发反馈机制 (http://www.mbrax.tw/News.asp?act=view&vID=9236).
 * inferred: the fields a feedback carries (measure, applied, reason, result, amount, date, officer: domain-notes'
 * operating model), that a measure not applied says why, and that a feedback is decided on or after its check — no
 * national text read fixes them.
 */
export type CheckCommand =
  | { readonly kind: 'perform'; readonly check: CheckPerformedData }
  | {
      readonly kind: 'record-feedback';
      readonly feedbackId: string;
      /** The calling department. */
      readonly department: string;
      readonly input: FeedbackInput;
      /** When it is recorded (ISO timestamp): today in Asia/Shanghai bounds `decidedOn`. */
      readonly at: string;
    }
  | {
      readonly kind: 'revoke-feedback';
      readonly feedbackId: string;
      readonly department: string;
      readonly reason: unknown;
      readonly at: string;
    };

export type CheckDecision =
  { readonly outcome: 'record'; readonly events: readonly CheckEvent[] } | { readonly outcome: 'rejected'; readonly refusal: Refusal };

const record = (...events: CheckEvent[]): CheckDecision => ({ outcome: 'record', events });
const rejected = (kind: Refusal['kind'], code: string, title: string, problems: Problem[]): CheckDecision => ({
  outcome: 'rejected',
  refusal: refusal(kind, code, title, problems),
});

/** decideCheck(command, state) → the events to append, or the refusal; pure. */
export function decideCheck(command: CheckCommand, state: CheckState): CheckDecision {
  if (command.kind === 'perform') return perform(command.check, state);
  const check = state.check;
  if (!check) return rejected('not-found', 'unknown-check', 'No such check', [{ path: 'checkId', reason: 'no check has this id' }]);
  if (check.department !== command.department) {
    return rejected('forbidden', 'other-department-check', 'Only the department that made the check reports on it', [
      { path: 'checkId', reason: `the check was made by ${check.department}, not ${command.department}` },
    ]);
  }
  return command.kind === 'record-feedback' ? recordFeedback(command, check, state) : revokeFeedback(command, check, state);
}

function perform(check: CheckPerformedData, state: CheckState): CheckDecision {
  if (state.check) return rejected('conflict', 'check-exists', 'The check is already recorded', [{ path: 'checkId', reason: 'is taken' }]);
  const problems = matterProblems(check.matter);
  if (problems.length) return rejected('invalid', 'invalid-check', 'The check is not valid', problems);
  return record({ type: CHECK_PERFORMED, data: check });
}

function recordFeedback(
  command: Extract<CheckCommand, { kind: 'record-feedback' }>,
  check: CheckPerformedData,
  state: CheckState,
): CheckDecision {
  if (state.feedback.has(command.feedbackId))
    return rejected('conflict', 'feedback-exists', 'The feedback is already recorded', [{ path: 'feedbackId', reason: 'is taken' }]);
  const checked = checkFeedbackInput(command.input, { today: dayOf(command.at), checkedOn: performedOn(check) });
  if ('problems' in checked) return rejected('invalid', 'invalid-feedback', 'The feedback is not valid', checked.problems);
  const { feedback } = checked;
  const answered = answeredMeasures(check, feedback.subject);
  if (!answered) {
    return rejected('invalid', 'subject-not-checked', 'The check did not answer this subject', [
      { path: 'subject', reason: `${feedback.subject} is not a subject of this check` },
    ]);
  }
  const unanswered: Problem[] = feedback.measures.flatMap((m, i) =>
    answered.has(m.measureId)
      ? []
      : [
          {
            path: `measures[${i}].measureId`,
            reason: `${m.measureId} is not a measure the check answered for ${feedback.subject}${answered.size ? ` (it answered ${[...answered.keys()].join(', ')})` : ' (it answered none)'}`,
          },
        ],
  );
  if (unanswered.length) return rejected('invalid', 'measure-not-answered', 'The check did not answer these measures', unanswered);
  return record({
    type: FEEDBACK_RECORDED,
    data: { checkId: check.checkId, feedbackId: command.feedbackId, department: command.department, ...feedback, recordedAt: command.at },
  });
}

function revokeFeedback(
  command: Extract<CheckCommand, { kind: 'revoke-feedback' }>,
  check: CheckPerformedData,
  state: CheckState,
): CheckDecision {
  const feedback = state.feedback.get(command.feedbackId);
  if (!feedback)
    return rejected('not-found', 'unknown-feedback', 'No such feedback on this check', [
      { path: 'feedbackId', reason: 'no feedback on this check has this id' },
    ]);
  if (feedback.revoked) {
    return rejected('conflict', 'feedback-already-revoked', 'The feedback is already revoked', [
      { path: 'feedbackId', reason: `revoked at ${feedback.revoked.revokedAt}: ${feedback.revoked.reason}` },
    ]);
  }
  const problems: Problem[] = [];
  const reason = text(command.reason, 'reason', 'prose', 2000, problems, true);
  if (!reason) return rejected('invalid', 'invalid-revocation', 'A revocation needs a reason', problems);
  return record({
    type: FEEDBACK_REVOKED,
    data: { checkId: check.checkId, feedbackId: command.feedbackId, department: command.department, reason, revokedAt: command.at },
  });
}

/** The day of a timestamp in Asia/Shanghai. */
const dayOf = (timestamp: string): LocalDate => todayInShanghai(new Date(timestamp));
