import { parseDepartments } from './department.js';

describe('parseDepartments: roles are own names of the role table', () => {
  it.each(Object.getOwnPropertyNames(Object.prototype))('refuses the role %s', (role) => {
    const { problems } = parseDepartments({ departments: [{ id: 'market', name: '市场监管局', roles: [role], keys: [] }] });
    expect(problems).toEqual([{ path: 'departments[0].roles', reason: expect.stringMatching(/^each one of own-decisions/) }]);
  });

  it('accepts a real role', () => {
    expect(parseDepartments({ departments: [{ id: 'market', name: '市场监管局', roles: ['own-decisions'], keys: [] }] }).problems).toEqual(
      [],
    );
  });
});
