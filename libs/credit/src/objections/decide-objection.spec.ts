import { OfficialWorkingDayCalendar, type LocalDate } from '#kernel';
import { objectionIdFor, revocationEventIdOf } from './decide-objection.js';
import {
  OBJECTION_ACCEPTED,
  OBJECTION_ANSWERED,
  OBJECTION_CHECKED,
  OBJECTION_DECIDED,
  OBJECTION_FILED,
  OBJECTION_NOT_ACCEPTED,
  type ObjectedRecord,
  type ObjectionEvent,
} from './objection-events.js';
import { foldObjection } from './objection-state.js';
import { DEFAULT_OBJECTION_WORKING_DAYS, isOverdue, objectionTimeLimits } from './objection-time-limits.js';
import { given } from './testing/given-when-then.js';

const office = { department: 'credit-office', office: true };
const market = { department: 'ak-scj', office: false };
const other = { department: 'ak-sw', office: false };
const TODAY = '2026-11-20';
const ID = objectionIdFor('91610900MA7K000001', 'penalty-1', 1);

const record: ObjectedRecord = {
  subject: { kind: 'enterprise', code: '91610900MA7K000001', name: '安康某公司' },
  eventId: 'penalty-1',
  type: 'PenaltyDecided',
  department: 'ak-scj',
};
const filed = (filedOn = '2026-09-29'): ObjectionEvent => ({
  type: OBJECTION_FILED,
  data: { objectionId: ID, record, filedBy: 'subject', filedOn, grounds: '处罚对象错误', workingDays: DEFAULT_OBJECTION_WORKING_DAYS },
});
const accepted = (on = '2026-09-30'): ObjectionEvent => ({ type: OBJECTION_ACCEPTED, data: { on } });
const checked = (on = '2026-10-09'): ObjectionEvent => ({
  type: OBJECTION_CHECKED,
  data: { on, finding: '平台数据与报送一致，转来源部门' },
});
const answered = (on = '2026-10-16'): ObjectionEvent => ({
  type: OBJECTION_ANSWERED,
  data: { on, department: 'ak-scj', proposes: 'revocation', explanation: '当事人认定错误' },
});
const step = (by = office, on = TODAY) => ({ by, on, today: TODAY });

describe('objection decider', () => {
  describe('file', () => {
    const fileCommand = {
      kind: 'file' as const,
      ...step(office, '2026-09-29'),
      objectionId: ID,
      eventId: 'penalty-1',
      record,
      filedBy: 'subject',
      grounds: ' 处罚对象错误 ',
      workingDays: DEFAULT_OBJECTION_WORKING_DAYS,
    };

    it('records the objection against a record the subject’s stream holds, with the working days in force', () => {
      given().when(fileCommand).thenRecords(filed());
    });

    it('refuses an unknown record, a second open objection, and anyone but the credit office', () => {
      given()
        .when({ ...fileCommand, record: undefined })
        .thenRejects('record-not-found', 'eventId');
      const open = given(filed(), accepted()).when(fileCommand).thenRejects('objection-open', 'eventId');
      expect(open.kind).toBe('conflict');
      expect(
        given()
          .when({ ...fileCommand, by: market })
          .thenRejects('credit-office-only').kind,
      ).toBe('forbidden');
    });

    it('refuses bad fields, naming each', () => {
      given()
        .when({ ...fileCommand, filedBy: 'neighbour' })
        .thenRejects('invalid-field', 'filedBy');
      given()
        .when({ ...fileCommand, grounds: '  ' })
        .thenRejects('invalid-field', 'grounds');
      given()
        .when({ ...fileCommand, on: '2026-13-01' })
        .thenRejects('invalid-field', 'on');
      given()
        .when({ ...fileCommand, on: '2026-11-21' })
        .thenRejects('invalid-field', 'on');
    });
  });

  describe('steps in order', () => {
    it('accept, check, answer (by the source department) and decide, each recorded with its day', () => {
      given(filed())
        .when({ kind: 'accept', ...step(office, '2026-09-30') })
        .thenRecords(accepted());
      given(filed(), accepted())
        .when({ kind: 'check', ...step(office, '2026-10-09'), finding: '平台数据与报送一致，转来源部门' })
        .thenRecords(checked());
      given(filed(), accepted(), checked())
        .when({ kind: 'answer', ...step(market, '2026-10-16'), proposes: 'revocation', explanation: '当事人认定错误' })
        .thenRecords(answered());
      given(filed(), accepted(), checked(), answered())
        .when({ kind: 'decide', ...step(office, '2026-10-20'), outcome: 'upheld-revocation', reason: '来源部门确认认定错误' })
        .thenRecords({
          type: OBJECTION_DECIDED,
          data: {
            on: '2026-10-20',
            outcome: 'upheld-revocation',
            reason: '来源部门确认认定错误',
            revocationEventId: revocationEventIdOf('credit-office', ID),
          },
        });
    });

    it('not accepted closes the case: no later step, and the record may be objected to again', () => {
      const closed = [filed(), { type: OBJECTION_NOT_ACCEPTED, data: { on: '2026-09-30', reason: '材料不全' } } as ObjectionEvent];
      given(...closed)
        .when({ kind: 'not-accept', ...step(), reason: 'x' })
        .thenRejects('objection-closed', 'id');
      const refused = given(...closed)
        .when({ kind: 'check', ...step(), finding: 'x' })
        .thenRejects('objection-closed');
      expect(refused.reason).toContain('not accepted on 2026-09-30');
      expect(
        given(...closed).when({
          kind: 'file',
          ...step(),
          objectionId: ID,
          eventId: 'penalty-1',
          record,
          filedBy: 'office',
          grounds: '再次',
          workingDays: DEFAULT_OBJECTION_WORKING_DAYS,
        }).decision.outcome,
      ).toBe('record');
    });

    it('refuses a step out of order with the step the case waits for (409)', () => {
      const early = given(filed())
        .when({ kind: 'check', ...step(), finding: 'x' })
        .thenRejects('step-out-of-order', 'id');
      expect(early.kind).toBe('conflict');
      expect(early.reason).toContain('acceptance');
      const twice = given(filed(), accepted())
        .when({ kind: 'accept', ...step() })
        .thenRejects('step-out-of-order');
      expect(twice.reason).toContain('accepted on 2026-09-30');
      given(filed(), accepted(), checked())
        .when({ kind: 'decide', ...step(), outcome: 'rejected', reason: 'x' })
        .thenRejects('step-out-of-order');
      given()
        .when({ kind: 'accept', ...step() })
        .thenRejects('unknown-objection');
    });

    it('only the source department or the office answers; only the office takes the platform’s steps', () => {
      const stranger = given(filed(), accepted(), checked())
        .when({ kind: 'answer', ...step(other), proposes: 'no-change', explanation: 'x' })
        .thenRejects('not-source-department', 'department');
      expect(stranger.kind).toBe('forbidden');
      given(filed())
        .when({ kind: 'accept', ...step(market) })
        .thenRejects('credit-office-only');
      given(filed(), accepted(), checked())
        .when({ kind: 'answer', ...step(office), proposes: 'no-change', explanation: '经核实无误' })
        .thenRecords({
          type: OBJECTION_ANSWERED,
          data: { on: TODAY, department: 'credit-office', proposes: 'no-change', explanation: '经核实无误' },
        });
    });

    it('refuses a step dated before the previous one', () => {
      given(filed(), accepted())
        .when({ kind: 'check', ...step(office, '2026-09-29'), finding: 'x' })
        .thenRejects('date-before-previous-step', 'on');
    });
  });

  describe('decide', () => {
    const ready = [filed(), accepted(), checked(), answered()];
    const decideCommand = { kind: 'decide' as const, ...step(), reason: '来源部门已更正' };

    it('upheld with correction names the corrected fact the source department recorded', () => {
      given(...ready)
        .when({
          ...decideCommand,
          outcome: 'upheld-correction',
          correctionEventId: 'corr-1',
          correction: { eventId: 'corr-1', department: 'ak-scj', type: 'PenaltyCorrected' },
        })
        .thenRecords({
          type: OBJECTION_DECIDED,
          data: { on: TODAY, outcome: 'upheld-correction', reason: '来源部门已更正', correctionEventId: 'corr-1' },
        });
    });

    it('finishes a decision cut short after its revocation: upheld-revocation names the recorded revocation, nothing else is taken', () => {
      const recordedRevocation = revocationEventIdOf('other-office', ID);
      given(...ready)
        .when({ ...decideCommand, outcome: 'upheld-revocation', recordedRevocation })
        .thenRecords({
          type: OBJECTION_DECIDED,
          data: { on: TODAY, outcome: 'upheld-revocation', reason: '来源部门已更正', revocationEventId: recordedRevocation },
        });
      const error = given(...ready)
        .when({ ...decideCommand, outcome: 'rejected', recordedRevocation })
        .thenRejects('revocation-recorded', 'outcome');
      expect(error.kind).toBe('conflict');
    });

    it('refuses a correction that is missing, unknown, another department’s, or the record itself', () => {
      given(...ready)
        .when({ ...decideCommand, outcome: 'upheld-correction' })
        .thenRejects('invalid-field', 'correctionEventId');
      given(...ready)
        .when({ ...decideCommand, outcome: 'upheld-correction', correctionEventId: 'nope' })
        .thenRejects('correction-not-found', 'correctionEventId');
      given(...ready)
        .when({
          ...decideCommand,
          outcome: 'upheld-correction',
          correctionEventId: 'c',
          correction: { eventId: 'c', department: 'ak-sw', type: 'PenaltyCorrected' },
        })
        .thenRejects('correction-not-found');
      given(...ready)
        .when({
          ...decideCommand,
          outcome: 'upheld-correction',
          correctionEventId: 'penalty-1',
          correction: { eventId: 'penalty-1', department: 'ak-scj', type: 'PenaltyDecided' },
        })
        .thenRejects('correction-not-found');
      given(...ready)
        .when({ ...decideCommand, outcome: 'rejected', correctionEventId: 'c' })
        .thenRejects('invalid-field', 'correctionEventId');
      given(...ready)
        .when({ ...decideCommand, outcome: 'withdrawn' })
        .thenRejects('invalid-field', 'outcome');
    });

    it('rejected closes the case (the flag is removed); nothing follows', () => {
      const decided: ObjectionEvent = { type: OBJECTION_DECIDED, data: { on: TODAY, outcome: 'rejected', reason: '信息无误' } };
      given(...ready)
        .when({ ...decideCommand, outcome: 'rejected', reason: '信息无误' })
        .thenRecords(decided);
      given(...ready, decided)
        .when({ ...decideCommand, outcome: 'rejected' })
        .thenRejects('objection-closed');
    });
  });
});

describe('objection time limits on the official calendar', () => {
  const calendar = new OfficialWorkingDayCalendar();
  const on = (date: string) => date as LocalDate;

  it('counts across the 2026 National Day holiday and its make-up Saturday (2/2/10 working days)', () => {
    // Filed Tue 2026-09-29: 09-30 is a working day, 10-01…07 are off, so acceptance is due Thu 10-08.
    const limits = objectionTimeLimits(
      foldObjection([filed(), accepted('2026-10-08'), checked('2026-10-08')])!,
      calendar,
      on('2026-10-09'),
    );
    expect(limits.acceptance).toMatchObject({ dueOn: '2026-10-08', status: 'met' });
    // Checked 10-08: 10-09 (Fri) and 10-10 (the make-up Saturday) are the two working days.
    expect(limits.check).toMatchObject({ dueOn: '2026-10-10', status: 'met' });
    expect(limits.answer).toMatchObject({ startedOn: '2026-10-08', workingDays: 10, dueOn: '2026-10-21', status: 'open' });
  });

  it('a step not taken by its due day is overdue; taken late it is missed', () => {
    const waiting = foldObjection([filed()])!;
    expect(objectionTimeLimits(waiting, calendar, on('2026-10-08')).acceptance.status).toBe('open');
    const late = objectionTimeLimits(waiting, calendar, on('2026-10-09'));
    expect(late.acceptance.status).toBe('overdue');
    expect(isOverdue(late)).toBe(true);
    const missed = objectionTimeLimits(foldObjection([filed(), accepted('2026-10-09')])!, calendar, on('2026-10-09'));
    expect(missed.acceptance.status).toBe('missed');
    expect(isOverdue(missed)).toBe(false);
  });

  it('uses the working days the case was filed with, and never guesses a year the calendar does not know', () => {
    const slow = foldObjection([
      { ...filed(), data: { ...(filed().data as object), workingDays: { acceptance: 5, check: 2, answer: 10 } } } as ObjectionEvent,
    ])!;
    expect(objectionTimeLimits(slow, calendar, on('2026-10-09')).acceptance).toMatchObject({ dueOn: '2026-10-12', status: 'open' });
    const december = foldObjection([filed('2026-12-29'), accepted('2026-12-29'), checked('2026-12-30')])!;
    expect(objectionTimeLimits(december, calendar, on('2026-12-31')).answer?.status).toBe('calendar-unknown');
  });
});
