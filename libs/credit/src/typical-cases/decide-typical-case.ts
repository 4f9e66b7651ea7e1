import { refusal, type LocalDate, type Refusal } from '#kernel';
import { textProblem } from '../facts/text-hygiene.js';
import { checkTypicalCaseContent } from './typical-case-content.js';
import { TYPICAL_CASE_SUBMITTED, TYPICAL_CASE_WITHDRAWN, type TypicalCaseEvent } from './typical-case-events.js';
import type { TypicalCaseState } from './typical-case-state.js';

/** Commands on one case; the content and the reason arrive unchecked (from HTTP). */
export type TypicalCaseCommand =
  | { readonly kind: 'submit'; readonly caseId: string; readonly department: string; readonly content: unknown; readonly today: LocalDate }
  | {
      readonly kind: 'withdraw';
      readonly caseId: string;
      readonly department: string;
      /** The credit office may withdraw any department's case (a case sent in error); a department only its own. */
      readonly creditOffice: boolean;
      readonly reason: unknown;
      readonly today: LocalDate;
    };

export type TypicalCaseDecision =
  | { readonly outcome: 'record'; readonly events: readonly TypicalCaseEvent[] }
  | { readonly outcome: 'rejected'; readonly refusal: Refusal };

const MAX_REASON = 500;

/** decide(command, state) → the events to append, or the refusal; pure. */
export function decideTypicalCase(command: TypicalCaseCommand, state: TypicalCaseState | undefined): TypicalCaseDecision {
  return command.kind === 'submit' ? submit(command, state) : withdraw(command, state);
}

function submit(command: Extract<TypicalCaseCommand, { kind: 'submit' }>, state: TypicalCaseState | undefined): TypicalCaseDecision {
  if (state)
    return rejected(
      'conflict',
      'typical-case-exists',
      'The case is already submitted',
      'id',
      `case ${command.caseId} is already submitted`,
    );
  const checked = checkTypicalCaseContent(command.content, command.today);
  if (!checked.ok)
    return { outcome: 'rejected', refusal: refusal('invalid', 'invalid-typical-case', 'The case is not valid', checked.problems) };
  const { caseId, department, today } = command;
  return {
    outcome: 'record',
    events: [{ type: TYPICAL_CASE_SUBMITTED, data: { caseId, department, ...checked.content, submittedOn: today } }],
  };
}

function withdraw(command: Extract<TypicalCaseCommand, { kind: 'withdraw' }>, state: TypicalCaseState | undefined): TypicalCaseDecision {
  const { caseId, department, reason, today } = command;
  if (!state) return rejected('not-found', 'unknown-typical-case', 'No such typical case', 'id', `no typical case ${caseId}`);
  if (state.department !== department && !command.creditOffice)
    return rejected(
      'forbidden',
      'other-department-case',
      'Only the submitting department or the credit office may withdraw a case',
      'id',
      `case ${caseId} was submitted by ${state.department}`,
    );
  if (state.withdrawn)
    return rejected(
      'conflict',
      'typical-case-withdrawn',
      'The case is already withdrawn',
      'id',
      `case ${caseId} was withdrawn on ${state.withdrawn.on}: ${state.withdrawn.reason}`,
    );
  if (typeof reason !== 'string' || reason.trim() === '')
    return rejected('invalid', 'invalid-withdrawal', 'A withdrawal needs a reason', 'reason', 'is required: why the case is withdrawn');
  if (reason.length > MAX_REASON)
    return rejected('invalid', 'invalid-withdrawal', 'A withdrawal needs a reason', 'reason', `must be at most ${MAX_REASON} characters`);
  const unclean = textProblem(reason, 'prose');
  if (unclean) return rejected('invalid', 'invalid-withdrawal', 'A withdrawal needs a reason', 'reason', unclean);
  return {
    outcome: 'record',
    events: [{ type: TYPICAL_CASE_WITHDRAWN, data: { caseId, department, reason: reason.trim(), withdrawnOn: today } }],
  };
}

function rejected(kind: Refusal['kind'], code: string, title: string, path: string, reason: string): TypicalCaseDecision {
  return { outcome: 'rejected', refusal: refusal(kind, code, title, [{ path, reason }]) };
}
