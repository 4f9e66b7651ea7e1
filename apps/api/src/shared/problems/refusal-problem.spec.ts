import { refusal } from '#kernel';
import { REFUSAL_STATUS, refusalException, refusalProblem } from './refusal-problem.js';

describe('the edge maps a refusal’s kind to a status and an RFC 7807 body', () => {
  it.each([
    ['malformed', 400],
    ['invalid', 422],
    ['forbidden', 403],
    ['not-found', 404],
    ['conflict', 409],
  ] as const)('%s → %i', (kind, status) => {
    expect(REFUSAL_STATUS[kind]).toBe(status);
    expect(refusalException(refusal(kind, 'some-code', 'Refused', [])).getStatus()).toBe(status);
  });

  it('names the problem type by the code and each field by the problem’s path', () => {
    const problems = [
      { path: 'data.fineAmount', reason: 'must be an exact decimal string' },
      { path: 'subject.code', code: 'check-character', reason: '校验码错误' },
    ];
    expect(refusalProblem(refusal('invalid', 'invalid-fact', 'The fact is not valid', problems))).toEqual({
      type: 'https://jiangcheng.dev/problems/invalid-fact',
      title: 'The fact is not valid',
      status: 422,
      detail: 'data.fineAmount: must be an exact decimal string; subject.code: 校验码错误',
      errors: [
        { field: 'data.fineAmount', reason: 'must be an exact decimal string' },
        { field: 'subject.code', reason: '校验码错误' },
      ],
    });
  });

  it('throws the body without its status, which the exception carries', () => {
    const exception = refusalException(refusal('conflict', 'key-id-taken', 'Refused', [{ path: 'keyId', reason: 'taken' }]));
    expect(exception.getResponse()).not.toHaveProperty('status');
    expect(exception.getResponse()).toMatchObject({
      type: 'https://jiangcheng.dev/problems/key-id-taken',
      errors: [{ field: 'keyId', reason: 'taken' }],
    });
  });
});
