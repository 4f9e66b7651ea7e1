import { describeFailure } from './projection-failure.js';

const pgError = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('describeFailure', () => {
  it.each([
    ['serialization failure', pgError('40001')],
    ['deadlock', pgError('40P01')],
    ['lock timeout', pgError('55P03')],
    ['connection lost', pgError('08006')],
    ['admin shutdown', pgError('57P01')],
    ['a TypeORM-wrapped serialization failure', Object.assign(new Error('x'), { driverError: pgError('40001') })],
    ['a socket reset', pgError('ECONNRESET')],
    ['a pool whose connection ended', new Error('Connection terminated unexpectedly')],
  ])('%s is transient', (_, error) => {
    expect(describeFailure(error).transient).toBe(true);
  });

  it.each([
    ['invalid date', pgError('22007', 'invalid input syntax for type date: "0NaN-NaN-NaN"'), '22007'],
    ['a not-null violation', pgError('23502'), '23502'],
    ['a bug in apply', new TypeError('cannot read properties of undefined'), 'TypeError'],
  ])('%s is deterministic, with a short code', (_, error, code) => {
    expect(describeFailure(error)).toMatchObject({ transient: false, code });
  });
});
