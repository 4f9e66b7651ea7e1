import type { LocalDate } from '#kernel';
import {
  CHECK_PERFORMED,
  FEEDBACK_RECORDED,
  FEEDBACK_REVOKED,
  type CheckPerformed,
  type CheckPerformedData,
  type FeedbackRecorded,
} from './check-events.js';
import { given } from './testing/given-when-then.js';

const CHECK_ID = '0b7f6c2e-3d4a-4e5f-8a9b-1c2d3e4f5a6b';
const ENTERPRISE = '91110000600037341L';
const UNLISTED = '91350100M000100Y43';
// 2026-05-10 10:00 in Shanghai
const PERFORMED_AT = '2026-05-10T02:00:00.000Z';
const LATER = '2026-05-20T02:00:00.000Z';

const check: CheckPerformedData = {
  checkId: CHECK_ID,
  department: 'ak-zjj',
  actor: 'api-key:aaaa0001',
  performedAt: PERFORMED_AT,
  asOf: '2026-05-10' as LocalDate,
  filters: { scenario: 'public-procurement' },
  matter: { name: '建筑工程施工许可', caseNumber: 'SG-2026-0101', stage: 'acceptance' },
  ruleSet: { id: 'shipped', version: '1' },
  subjects: [ENTERPRISE, UNLISTED],
  answered: [
    {
      subject: ENTERPRISE,
      measures: [
        {
          measureId: 'M.PROCUREMENT',
          entries: [{ listType: 'dishonest-judgment-debtor', listingEventId: 'l-1', listingFactEventId: 'f-1' }],
        },
        { measureId: 'M.LICENCE', entries: [{ listType: 'dishonest-judgment-debtor', listingEventId: 'l-1', listingFactEventId: 'f-1' }] },
      ],
    },
  ],
};
const performed: CheckPerformed = { type: CHECK_PERFORMED, data: check };

const input = {
  subject: ENTERPRISE,
  matter: { name: '建筑工程施工许可', caseNumber: 'SG-2026-0101', stage: 'completion' },
  measures: [
    { measureId: 'M.PROCUREMENT', applied: true, result: '不予受理投标', amount: '12500.00' },
    { measureId: 'M.LICENCE', applied: false, reason: '许可不属于本次事项' },
  ],
  decidedOn: '2026-05-18',
  officer: '张三',
};

const recorded: FeedbackRecorded = {
  type: FEEDBACK_RECORDED,
  data: {
    checkId: CHECK_ID,
    feedbackId: 'fb-1',
    department: 'ak-zjj',
    subject: ENTERPRISE,
    matter: { name: '建筑工程施工许可', caseNumber: 'SG-2026-0101', stage: 'completion' },
    measures: [
      { measureId: 'M.PROCUREMENT', applied: true, result: '不予受理投标', amount: '12500.00' },
      { measureId: 'M.LICENCE', applied: false, reason: '许可不属于本次事项' },
    ],
    decidedOn: '2026-05-18' as LocalDate,
    officer: '张三',
    recordedAt: LATER,
  },
};

const feedback = (changes: Record<string, unknown> = {}, department = 'ak-zjj') =>
  ({ kind: 'record-feedback', feedbackId: 'fb-1', department, input: { ...input, ...changes }, at: LATER }) as const;

describe('check decider', () => {
  describe('perform', () => {
    it('records the check of record', () => {
      given().when({ kind: 'perform', check }).thenRecords(performed);
    });

    it('refuses a check whose matter names an unknown stage', () => {
      given()
        .when({ kind: 'perform', check: { ...check, matter: { stage: 'approval' as never } } })
        .thenRejects('invalid', 'invalid-check', ['matter.stage']);
    });

    it('never records the same check twice', () => {
      given(performed).when({ kind: 'perform', check }).thenRejects('conflict', 'check-exists', ['checkId']);
    });
  });

  describe('record feedback', () => {
    it('records each measure applied or not, with the matter, the date and the officer', () => {
      given(performed).when(feedback()).thenRecords(recorded);
    });

    it('refuses an unknown check (not-found) and another department’s check (forbidden)', () => {
      given().when(feedback()).thenRejects('not-found', 'unknown-check', ['checkId']);
      const [reason] = given(performed).when(feedback({}, 'ak-scj')).thenRejects('forbidden', 'other-department-check', ['checkId']);
      expect(reason).toContain('ak-zjj');
    });

    it('refuses a subject the check did not answer, naming it', () => {
      const [reason] = given(performed)
        .when(feedback({ subject: '91350203M0001QKT19' }))
        .thenRejects('invalid', 'subject-not-checked', ['subject']);
      expect(reason).toContain('91350203M0001QKT19');
    });

    it('refuses a measure the check did not answer for that subject, naming the item and what it answered', () => {
      const [reason] = given(performed)
        .when(feedback({ measures: [input.measures[0], { measureId: 'M.OTHER', applied: true }] }))
        .thenRejects('invalid', 'measure-not-answered', ['measures[1].measureId']);
      expect(reason).toContain('M.PROCUREMENT, M.LICENCE');
      given(performed)
        .when(feedback({ subject: UNLISTED, measures: [{ measureId: 'M.PROCUREMENT', applied: true }] }))
        .thenRejects('invalid', 'measure-not-answered', ['measures[0].measureId']);
    });

    it('needs a reason for a measure not applied', () => {
      given(performed)
        .when(feedback({ measures: [{ measureId: 'M.LICENCE', applied: false }] }))
        .thenRejects('invalid', 'invalid-feedback', ['measures[0].reason']);
    });

    it('refuses a float or a third decimal place as the amount, and a measure given twice', () => {
      given(performed)
        .when(
          feedback({
            measures: [
              { measureId: 'M.PROCUREMENT', applied: true, amount: 12500 },
              { measureId: 'M.LICENCE', applied: true, amount: '1.005' },
              { measureId: 'M.LICENCE', applied: true, amount: '-3' },
            ],
          }),
        )
        .thenRejects('invalid', 'invalid-feedback', [
          'measures[0].amount',
          'measures[1].amount',
          'measures[2].measureId',
          'measures[2].amount',
        ]);
    });

    it('refuses missing and malformed fields, each by its path', () => {
      given(performed)
        .when({
          kind: 'record-feedback',
          feedbackId: 'fb-1',
          department: 'ak-zjj',
          input: { subject: 7, matter: { name: '许可', stage: 'x', extra: 1 }, measures: [{ applied: 'yes' }], officer: ' ' },
          at: LATER,
        })
        .thenRejects('invalid', 'invalid-feedback', [
          'subject',
          'matter.extra',
          'matter.caseNumber',
          'matter.stage',
          'officer',
          'decidedOn',
          'measures[0].measureId',
          'measures[0].applied',
        ]);
      given(performed)
        .when(feedback({ measures: [] }))
        .thenRejects('invalid', 'invalid-feedback', ['measures']);
    });

    it('refuses a decision date in the future or before the check', () => {
      given(performed)
        .when(feedback({ decidedOn: '2026-05-21' }))
        .thenRejects('invalid', 'invalid-feedback', ['decidedOn']);
      const [reason] = given(performed)
        .when(feedback({ decidedOn: '2026-05-09' }))
        .thenRejects('invalid', 'invalid-feedback', ['decidedOn']);
      expect(reason).toContain('2026-05-10');
      given(performed)
        .when(feedback({ decidedOn: '2026-02-30' }))
        .thenRejects('invalid', 'invalid-feedback', ['decidedOn']);
    });
  });

  describe('revoke feedback', () => {
    const revoke = (department = 'ak-zjj', reason: unknown = '办件编号填错') =>
      ({ kind: 'revoke-feedback', feedbackId: 'fb-1', department, reason, at: LATER }) as const;

    it('records the revocation with its reason', () => {
      given(performed, recorded)
        .when(revoke())
        .thenRecords({
          type: FEEDBACK_REVOKED,
          data: { checkId: CHECK_ID, feedbackId: 'fb-1', department: 'ak-zjj', reason: '办件编号填错', revokedAt: LATER },
        });
    });

    it('refuses revoking twice, an unknown feedback, another department and no reason', () => {
      const revoked = {
        type: FEEDBACK_REVOKED,
        data: { checkId: CHECK_ID, feedbackId: 'fb-1', department: 'ak-zjj', reason: 'x', revokedAt: LATER },
      } as const;
      given(performed, recorded, revoked).when(revoke()).thenRejects('conflict', 'feedback-already-revoked', ['feedbackId']);
      given(performed).when(revoke()).thenRejects('not-found', 'unknown-feedback', ['feedbackId']);
      given(performed, recorded).when(revoke('ak-scj')).thenRejects('forbidden', 'other-department-check', ['checkId']);
      given(performed, recorded).when(revoke('ak-zjj', '')).thenRejects('invalid', 'invalid-revocation', ['reason']);
    });
  });
});
