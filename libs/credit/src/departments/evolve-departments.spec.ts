import { DepartmentDirectory, newApiKey } from './department.js';
import { API_KEY_ISSUED, API_KEY_REVOKED, DEPARTMENT_REGISTERED, DEPARTMENT_ROLES_CHANGED } from './department-events.js';
import { foldDepartmentEvents } from './evolve-departments.js';
import { AT, storedEvent } from './testing/given-when-then.js';

describe('folding the departments stream', () => {
  const key = newApiKey();
  const events = [
    { type: DEPARTMENT_REGISTERED, data: { departmentId: 'bj-court', name: '法院', roles: ['court'] } },
    { type: API_KEY_ISSUED, data: { departmentId: 'bj-court', keyId: key.record.id, sha256: key.record.sha256, createdAt: AT } },
    { type: DEPARTMENT_ROLES_CHANGED, data: { departmentId: 'bj-court', roles: ['court', 'credit-office'], previousRoles: ['court'] } },
  ].map(storedEvent);

  it('gives the departments with their roles and keys; the directory authenticates the key', () => {
    const { state, skipped } = foldDepartmentEvents(events);
    expect(skipped).toEqual([]);
    expect(state.departments.get('bj-court')).toMatchObject({ roles: ['court', 'credit-office'], keys: [{ id: key.record.id }] });
    expect(new DepartmentDirectory([...state.departments.values()]).authenticate(key.key)?.department.id).toBe('bj-court');
  });

  it('skips and reports a malformed event instead of failing, and folds the rest', () => {
    const broken = [
      storedEvent({ type: DEPARTMENT_REGISTERED, data: { departmentId: 'Bad Id', name: 'x', roles: ['court'] } }, 0),
      storedEvent({ type: API_KEY_ISSUED, data: { departmentId: 'nobody', keyId: 'aaaa0001', sha256: 'f'.repeat(64), createdAt: AT } }, 1),
      storedEvent({ type: 'credit.Unheard.v1', data: { departmentId: 'bj-court' } }, 2),
      ...events.map((e, i) => ({ ...e, revision: i + 3 })),
      storedEvent({ type: API_KEY_REVOKED, data: { departmentId: 'bj-court', keyId: 'zzzz0000', revokedAt: AT } }, 6),
    ];
    const { state, skipped } = foldDepartmentEvents(broken);
    expect(skipped.map((s) => s.revision)).toEqual([0, 1, 2, 6]);
    expect(skipped[0].problem).toContain('departmentId');
    expect([...state.departments.keys()]).toEqual(['bj-court']);
  });

  it('a revoked key no longer authenticates', () => {
    const revoked = storedEvent({ type: API_KEY_REVOKED, data: { departmentId: 'bj-court', keyId: key.record.id, revokedAt: AT } }, 3);
    const { state } = foldDepartmentEvents([...events, revoked]);
    expect(new DepartmentDirectory([...state.departments.values()]).authenticate(key.key)).toBeUndefined();
  });
});
