import { looksLikeResidentId, problemsAt, validateResidentId, validateUscc, type LocalDate, type Problem } from '#kernel';
import { validateFields, type FieldSpec } from '../facts/field-spec.js';
import { TYPICAL_CASE_KINDS, type TypicalCaseContent } from './typical-case-events.js';

const MAX_SUBJECTS = 100;

const FIELDS: Readonly<Record<string, FieldSpec>> = {
  kind: { kind: 'enum', label: '案例类型（守信激励 / 失信惩戒）', values: TYPICAL_CASE_KINDS },
  title: { kind: 'text', label: '案例标题', maxLength: 200 },
  summary: { kind: 'text', label: '案例简介', maxLength: 5000, multiline: true },
  subjects: { kind: 'texts', label: '涉及主体（统一社会信用代码或身份证号）', maxItems: MAX_SUBJECTS, maxLength: 18 },
  measures: { kind: 'texts', label: '采取的激励或惩戒措施', maxItems: 50, maxLength: 500 },
  documentNumbers: { kind: 'texts', label: '相关文书文号', maxItems: 50, maxLength: 200 },
  occurredOn: { kind: 'date', label: '发生日期', past: true },
};

/** The lists a case cannot do without: whom it is about, what was applied, on which decisions. */
const NON_EMPTY = ['subjects', 'measures', 'documentNumbers'] as const;

/** A submitted case's content, checked field by field (each problem names its path), with the subject codes normalised. */
export function checkTypicalCaseContent(
  input: unknown,
  today: LocalDate,
): { readonly ok: true; readonly content: TypicalCaseContent } | { readonly ok: false; readonly problems: Problem[] } {
  const problems = validateFields(FIELDS, input, '', today).map((p) => ({ ...p, path: p.path.replace(/^\./, '') }));
  if (problems.length) return { ok: false, problems };
  const record = input as Record<string, unknown> & TypicalCaseContent;
  for (const name of NON_EMPTY) if (record[name].length === 0) problems.push({ path: name, reason: 'must name at least one' });
  const subjects = [...new Set(record.subjects.map((code) => code.trim().toUpperCase()))];
  record.subjects.forEach((code, i) => problems.push(...problemsAt(`subjects[${i}]`, subjectCodeProblems(code, today))));
  if (problems.length) return { ok: false, problems };
  const { kind, title, summary, measures, documentNumbers, occurredOn } = record;
  return { ok: true, content: { kind, title, summary, subjects, measures, documentNumbers, occurredOn } };
}

function subjectCodeProblems(code: string, today: LocalDate): Problem[] {
  const normalized = code.trim().toUpperCase();
  const check = looksLikeResidentId(normalized) ? validateResidentId(normalized, today) : validateUscc(normalized);
  return check.ok ? [] : [check.problem];
}
