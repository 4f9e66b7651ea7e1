import { HttpException } from '@nestjs/common';
import { parsePersonQueriesParams, type PersonQueriesParams } from './person-queries.params.js';

function problems(params: PersonQueriesParams): unknown {
  try {
    parsePersonQueriesParams(params);
  } catch (error) {
    return ((error as HttpException).getResponse() as { errors: unknown }).errors;
  }
  throw new Error('accepted');
}

describe('the person-queries parameters', () => {
  it('reads a filter, a cursor and a page size; a subject as stored, upper case', () => {
    expect(
      parsePersonQueriesParams({
        subject: '11010519491231002x',
        department: 'market',
        from: '2026-01-01',
        to: '2026-01-31',
        cursor: '42',
        limit: '7',
      }),
    ).toEqual({
      filter: { subject: '11010519491231002X', department: 'market', from: '2026-01-01', to: '2026-01-31' },
      cursor: '42',
      limit: 7,
    });
    expect(parsePersonQueriesParams({})).toEqual({ filter: {}, limit: 100 });
  });

  it('the cursor is a row id, not a log position: 1-2 is refused, and so is an id beyond a bigint', () => {
    expect(problems({ cursor: '1-2' })).toEqual([{ field: 'cursor', reason: 'must be the `next` of an earlier page' }]);
    expect(problems({ cursor: '9223372036854775808' })).toEqual([{ field: 'cursor', reason: 'must be the `next` of an earlier page' }]);
    expect(parsePersonQueriesParams({ cursor: '9223372036854775807' }).cursor).toBe('9223372036854775807');
  });

  it('names every bad parameter at once, in a fixed order', () => {
    expect(problems({ cursor: 'x', from: '2026-02-30', subject: 'nobody', limit: '0' })).toEqual([
      { field: 'cursor', reason: 'must be the `next` of an earlier page' },
      { field: 'from', reason: 'must be a real date YYYY-MM-DD' },
      { field: 'subject', reason: expect.any(String) },
      { field: 'limit', reason: 'must be an integer from 1 to 1000' },
    ]);
    expect(problems({ from: '2026-02-01', to: '2026-01-01' })).toEqual([{ field: 'to', reason: 'must not be before from' }]);
  });

  it('has no list type: a person query is not a list change', () => {
    expect(parsePersonQueriesParams({ listType: 'no-such-list' } as PersonQueriesParams).filter).toEqual({});
  });
});
