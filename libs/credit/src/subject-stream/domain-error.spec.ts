import { domainError } from './domain-error.js';

describe('a refusal by the subject’s history says what kind it is, never an HTTP status', () => {
  it.each([
    'source-record-conflict',
    'duplicate-decision-number',
    'already-registered',
    'role-already-held',
    'subject-kind-mismatch',
  ] as const)('%s contradicts what is recorded: a conflict', (code) =>
    expect(domainError(code, 'sourceRecordId', 'x').kind).toBe('conflict'),
  );

  it.each([
    'fact-not-for-subject-kind',
    'reference-not-found',
    'reference-ended',
    'role-not-held',
    'relation-end-before-start',
    'relation-periods-overlap',
  ] as const)('%s is wrong in itself: invalid', (code) => expect(domainError(code, 'data.to', 'x').kind).toBe('invalid'));

  it('is a problem like any validator’s: path, code and reason', () => {
    expect(domainError('role-not-held', 'data.person.idNumber', '11010519491231002X does not hold the role 法定代表人')).toEqual({
      path: 'data.person.idNumber',
      code: 'role-not-held',
      reason: '11010519491231002X does not hold the role 法定代表人',
      kind: 'invalid',
    });
  });
});
