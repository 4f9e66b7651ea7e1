import { HttpException } from '@nestjs/common';
import { parseListChangesParams, type ListChangesParams } from './list-changes.params.js';

const LIST_TYPES = new Set(['dishonest-debtor', 'a-grade-taxpayer']);

function problems(params: ListChangesParams): unknown {
  try {
    parseListChangesParams(params, LIST_TYPES);
  } catch (error) {
    return ((error as HttpException).getResponse() as { errors: unknown }).errors;
  }
  throw new Error('accepted');
}

describe('the list-changes parameters', () => {
  it('reads a filter, a position cursor and a page size', () => {
    expect(
      parseListChangesParams({ listType: 'dishonest-debtor', subject: '91110000600037341l', cursor: '12-34', limit: '1000' }, LIST_TYPES),
    ).toEqual({
      filter: { listType: 'dishonest-debtor', subject: '91110000600037341L' },
      cursor: '12-34',
      limit: 1000,
    });
  });

  it('names every bad parameter at once: a list type of the rule set, a log position as cursor', () => {
    expect(problems({ from: 'yesterday', listType: 'nope', cursor: '42x', limit: '1001' })).toEqual([
      { field: 'from', reason: 'must be a real date YYYY-MM-DD' },
      { field: 'listType', reason: 'must be one of dishonest-debtor, a-grade-taxpayer' },
      { field: 'cursor', reason: 'must be the `next` of an earlier page' },
      { field: 'limit', reason: 'must be an integer from 1 to 1000' },
    ]);
  });
});
