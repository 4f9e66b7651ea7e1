import { formatProblem, joinPath, problemsAt } from './problem.js';

describe('one problem shape: path, code, reason', () => {
  it('joins paths as JSON paths: fields with a dot, indexes without, the value itself as empty', () => {
    expect(joinPath('data', 'fineAmount')).toBe('data.fineAmount');
    expect(joinPath('data.yearly', '[1].year')).toBe('data.yearly[1].year');
    expect(joinPath('', 'type')).toBe('type');
    expect(joinPath('subject.code', '')).toBe('subject.code');
  });

  it('moves a value’s problems under the path where the value sits, keeping code and reason', () => {
    expect(
      problemsAt('subjects[2]', [
        { path: '', code: 'check-character', reason: '校验码错误' },
        { path: 'name', reason: 'required' },
      ]),
    ).toEqual([
      { path: 'subjects[2]', code: 'check-character', reason: '校验码错误' },
      { path: 'subjects[2].name', reason: 'required' },
    ]);
  });

  it('formats a problem for people as path: reason, or the reason alone for the value itself', () => {
    expect(formatProblem({ path: 'departments[0].id', reason: 'required' })).toBe('departments[0].id: required');
    expect(formatProblem({ path: '', reason: 'must be a JSON object' })).toBe('must be a JSON object');
  });
});
