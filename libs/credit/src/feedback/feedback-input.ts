import { compareLocalDates, isValidLocalDate, type LocalDate, type Problem } from '#kernel';
import { textProblem, type TextForm } from '../facts/text-hygiene.js';
import { MATTER_STAGES, type Matter, type MeasureFeedback } from './check-events.js';

/** A feedback as sent (the fields arrive unchecked). */
export interface FeedbackInput {
  readonly subject?: unknown;
  readonly matter?: unknown;
  readonly measures?: unknown;
  readonly decidedOn?: unknown;
  readonly officer?: unknown;
}

export interface CheckedFeedback {
  readonly subject: string;
  readonly matter: Matter;
  readonly measures: readonly MeasureFeedback[];
  readonly decidedOn: LocalDate;
  readonly officer: string;
}

const LIMITS = { name: 200, caseNumber: 100, officer: 100, text: 2000 } as const;
export const MAX_FEEDBACK_MEASURES = 200;

/** Money in the loop: an exact decimal string in yuan, at most 2 places, never a float (docs/joint-loop.md). */
const YUAN = /^(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?$/;

/**
 * The feedback's fields, or the problems of each (a path and why). `today` and `checkedOn` bound the date it
 * was decided: not in the future, and not before the check it answers.
 */
export function checkFeedbackInput(
  input: FeedbackInput,
  bounds: { readonly today: LocalDate; readonly checkedOn: LocalDate },
): { readonly feedback: CheckedFeedback } | { readonly problems: Problem[] } {
  const problems: Problem[] = [];
  const subject = text(input.subject, 'subject', 'line', 64, problems, true);
  const matter = matterOf(input.matter, 'matter', problems, true);
  const officer = text(input.officer, 'officer', 'line', LIMITS.officer, problems, true);
  const decidedOn = dateOf(input.decidedOn, bounds, problems);
  const measures = measuresOf(input.measures, problems);
  if (problems.length) return { problems };
  return { feedback: { subject: subject!, matter: matter!, measures, decidedOn: decidedOn!, officer: officer! } };
}

/**
 * The matter of a check (all optional) or of a feedback (`required`: the approval item and its case number).
 * Returns undefined when absent and not required.
 */
export function matterOf(value: unknown, path: string, problems: Problem[], required = false): Matter | undefined {
  if (value === undefined && !required) return undefined;
  if (!isObject(value)) {
    problems.push({ path, reason: required ? 'is required: { name (事项名称), caseNumber (办件编号), stage? }' : 'must be an object' });
    return undefined;
  }
  unknownKeys(value, ['name', 'caseNumber', 'stage'], path, problems);
  const name = text(value.name, `${path}.name`, 'line', LIMITS.name, problems, required);
  const caseNumber = text(value.caseNumber, `${path}.caseNumber`, 'line', LIMITS.caseNumber, problems, required);
  let stage: Matter['stage'];
  if (value.stage !== undefined) {
    if (typeof value.stage === 'string' && Object.hasOwn(MATTER_STAGES, value.stage)) stage = value.stage as Matter['stage'];
    else
      problems.push({
        path: `${path}.stage`,
        reason: `must be one of ${Object.entries(MATTER_STAGES)
          .map(([id, label]) => `${id} (${label})`)
          .join(', ')}`,
      });
  }
  return { ...(name ? { name } : {}), ...(caseNumber ? { caseNumber } : {}), ...(stage ? { stage } : {}) };
}

/** Problems of a check's matter, for the check request (absent is fine). */
export function matterProblems(value: unknown, path = 'matter'): Problem[] {
  const problems: Problem[] = [];
  matterOf(value, path, problems);
  return problems;
}

function measuresOf(value: unknown, problems: Problem[]): MeasureFeedback[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_FEEDBACK_MEASURES) {
    problems.push({
      path: 'measures',
      reason: `must be a list of 1 to ${MAX_FEEDBACK_MEASURES} measures: { measureId, applied, reason? … }`,
    });
    return [];
  }
  const seen = new Set<string>();
  return value.flatMap((item: unknown, i): MeasureFeedback[] => {
    const at = `measures[${i}]`;
    if (!isObject(item)) {
      problems.push({ path: at, reason: 'must be an object { measureId, applied, reason?, result?, amount? }' });
      return [];
    }
    unknownKeys(item, ['measureId', 'applied', 'reason', 'result', 'amount'], at, problems);
    const measureId = text(item.measureId, `${at}.measureId`, 'line', LIMITS.name, problems, true);
    if (measureId !== undefined) {
      if (seen.has(measureId)) problems.push({ path: `${at}.measureId`, reason: `${measureId} is given twice in this feedback` });
      seen.add(measureId);
    }
    if (typeof item.applied !== 'boolean') problems.push({ path: `${at}.applied`, reason: 'is required: true or false' });
    // 国办发〔2020〕49号 asks that measures be applied by law and in proportion; a measure not applied says why.
    const reason = text(item.reason, `${at}.reason`, 'prose', LIMITS.text, problems, item.applied === false);
    const result = text(item.result, `${at}.result`, 'prose', LIMITS.text, problems, false);
    let amount: string | undefined;
    if (item.amount !== undefined) {
      if (typeof item.amount === 'string' && YUAN.test(item.amount)) amount = item.amount;
      else
        problems.push({
          path: `${at}.amount`,
          reason: 'must be an exact decimal string in yuan with at most 2 places, e.g. "12500.00" (numbers are refused to avoid rounding)',
        });
    }
    if (measureId === undefined || typeof item.applied !== 'boolean') return [];
    return [
      {
        measureId,
        applied: item.applied,
        ...(reason !== undefined ? { reason } : {}),
        ...(result !== undefined ? { result } : {}),
        ...(amount !== undefined ? { amount } : {}),
      },
    ];
  });
}

function dateOf(
  value: unknown,
  { today, checkedOn }: { today: LocalDate; checkedOn: LocalDate },
  problems: Problem[],
): LocalDate | undefined {
  if (typeof value !== 'string' || !isValidLocalDate(value)) {
    problems.push({ path: 'decidedOn', reason: 'is required: a real date YYYY-MM-DD' });
    return undefined;
  }
  if (compareLocalDates(value, today) > 0) problems.push({ path: 'decidedOn', reason: `must not be after today (${today})` });
  else if (compareLocalDates(value, checkedOn) < 0)
    problems.push({ path: 'decidedOn', reason: `must not be before the check it answers (performed on ${checkedOn})` });
  return value;
}

/** A trimmed text of at most `max` characters, or undefined when absent (a problem when `required`). */
export function text(
  value: unknown,
  path: string,
  form: TextForm,
  max: number,
  problems: Problem[],
  required: boolean,
): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) problems.push({ path, reason: 'is required' });
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push({ path, reason: 'must be a string' });
    return undefined;
  }
  const trimmed = value.trim();
  if ([...trimmed].length > max) {
    problems.push({ path, reason: `must be at most ${max} characters` });
    return undefined;
  }
  const bad = textProblem(trimmed, form);
  if (bad) {
    problems.push({ path, reason: bad });
    return undefined;
  }
  return trimmed;
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], path: string, problems: Problem[]): void {
  for (const key of Object.keys(value))
    if (!known.includes(key)) problems.push({ path: `${path}.${key}`, reason: 'is not a field of this object' });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
