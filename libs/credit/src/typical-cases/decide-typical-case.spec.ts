import type { LocalDate } from '#kernel';
import { validResidentId } from '#kernel/testing';
import { decideTypicalCase, type TypicalCaseCommand } from './decide-typical-case.js';
import { TYPICAL_CASE_SUBMITTED, TYPICAL_CASE_WITHDRAWN, type TypicalCaseEvent } from './typical-case-events.js';
import { foldTypicalCase } from './typical-case-state.js';
import { quarterDays, quarterOf } from './quarterly-target.js';

const TODAY = '2026-11-20' as LocalDate;
const CASE = '5b0f3d0e-2b0a-4c1e-9f7d-0d6c1f8a9e01';
const content = {
  kind: 'punishment',
  title: '对失信被执行人限制招投标',
  summary: '某公司被列为失信被执行人后参与政府采购，被依法拒绝。',
  subjects: ['91110000600037341l', '91350100M000100Y43'],
  measures: ['限制参与政府采购活动'],
  documentNumbers: ['（2026）陕09执123号'],
  occurredOn: '2026-10-09',
};

const given = (...events: TypicalCaseEvent[]) => ({
  when: (command: TypicalCaseCommand) => decideTypicalCase(command, foldTypicalCase(events)),
});
const submit = (over: Record<string, unknown> = {}): TypicalCaseCommand => ({
  kind: 'submit',
  caseId: CASE,
  department: 'akfy',
  content: { ...content, ...over },
  today: TODAY,
});
const withdraw = (department = 'akfy', reason: unknown = '重复报送', creditOffice = false): TypicalCaseCommand => ({
  kind: 'withdraw',
  caseId: CASE,
  department,
  creditOffice,
  reason,
  today: TODAY,
});
const submitted = (): TypicalCaseEvent => {
  const decision = decideTypicalCase(submit(), undefined);
  if (decision.outcome !== 'record') throw new Error('the example case is refused');
  return decision.events[0];
};
const refusedAt = (decision: ReturnType<typeof decideTypicalCase>) =>
  decision.outcome === 'rejected'
    ? { kind: decision.refusal.kind, code: decision.refusal.code, paths: decision.refusal.problems.map((p) => p.path) }
    : decision;

describe('typical cases decider (典型案例)', () => {
  it('records a submitted case with its department, subjects normalised, on the day it was received', () => {
    expect(given().when(submit())).toEqual({
      outcome: 'record',
      events: [
        {
          type: TYPICAL_CASE_SUBMITTED,
          data: {
            ...content,
            caseId: CASE,
            department: 'akfy',
            subjects: ['91110000600037341L', '91350100M000100Y43'],
            submittedOn: TODAY,
          },
        },
      ],
    });
  });

  it('takes a person as a subject by a valid 身份证号', () => {
    expect(given().when(submit({ subjects: [validResidentId('610902', '19800101', 11)] })).outcome).toBe('record');
  });

  it('refuses bad content, naming each field', () => {
    expect(
      refusedAt(
        given().when(submit({ kind: 'praise', title: '', subjects: ['91350203M0001QKT19'], measures: [], occurredOn: '2026-12-01' })),
      ),
    ).toEqual({ kind: 'invalid', code: 'invalid-typical-case', paths: ['kind', 'title', 'occurredOn'] });
    expect(refusedAt(given().when(submit({ subjects: ['91350203M0001QKT19'], measures: [], documentNumbers: [] })))).toEqual({
      kind: 'invalid',
      code: 'invalid-typical-case',
      paths: ['measures', 'documentNumbers', 'subjects[0]'],
    });
    expect(refusedAt(given().when({ ...(submit() as Extract<TypicalCaseCommand, { kind: 'submit' }>), content: 'a case' }))).toMatchObject({
      kind: 'invalid',
    });
  });

  it('refuses a second submission on the same case', () => {
    expect(refusedAt(given(submitted()).when(submit()))).toEqual({ kind: 'conflict', code: 'typical-case-exists', paths: ['id'] });
  });

  it('withdraws a case with its reason: by its department or by the credit office', () => {
    const recorded = { type: TYPICAL_CASE_WITHDRAWN, data: { caseId: CASE, department: 'akfy', reason: '重复报送', withdrawnOn: TODAY } };
    expect(given(submitted()).when(withdraw())).toEqual({ outcome: 'record', events: [recorded] });
    expect(given(submitted()).when(withdraw('xyb', '报送错误', true))).toMatchObject({ outcome: 'record' });
  });

  it('refuses a withdrawal of an unknown case, of another department’s case, twice, or without a reason', () => {
    expect(refusedAt(given().when(withdraw()))).toEqual({ kind: 'not-found', code: 'unknown-typical-case', paths: ['id'] });
    expect(refusedAt(given(submitted()).when(withdraw('akswj')))).toEqual({
      kind: 'forbidden',
      code: 'other-department-case',
      paths: ['id'],
    });
    const withdrawn = given(submitted()).when(withdraw());
    if (withdrawn.outcome !== 'record') throw new Error('not withdrawn');
    expect(refusedAt(given(submitted(), ...withdrawn.events).when(withdraw()))).toEqual({
      kind: 'conflict',
      code: 'typical-case-withdrawn',
      paths: ['id'],
    });
    for (const reason of [null, ' ', 'x'.repeat(501), 'a\u0000b'])
      expect(refusedAt(given(submitted()).when(withdraw('akfy', reason)))).toMatchObject({ kind: 'invalid', paths: ['reason'] });
  });
});

describe('quarters', () => {
  it('knows the first and last day of each quarter and the quarter of a day', () => {
    expect(quarterDays(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterDays(2024, 4)).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(quarterOf('2026-09-30' as LocalDate)).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf('2026-10-01' as LocalDate)).toEqual({ year: 2026, quarter: 4 });
  });
});
