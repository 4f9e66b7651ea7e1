import type { RecorderRole } from '../facts/fact-definition.js';
import {
  API_KEY_ISSUED,
  API_KEY_REVOKED,
  DEPARTMENT_REGISTERED,
  DEPARTMENT_ROLES_CHANGED,
  type DepartmentEvent,
} from './department-events.js';
import { AT, given, keyRecord } from './testing/given-when-then.js';

const registered = (departmentId: string, roles: RecorderRole[] = ['court']): DepartmentEvent => ({
  type: DEPARTMENT_REGISTERED,
  data: { departmentId, name: `${departmentId} 名称`, roles },
});
const issued = (departmentId: string, keyId: string): DepartmentEvent => {
  const { id, sha256, createdAt } = keyRecord(keyId);
  return { type: API_KEY_ISSUED, data: { departmentId, keyId: id, sha256, createdAt } };
};
const revoked = (departmentId: string, keyId: string): DepartmentEvent => ({
  type: API_KEY_REVOKED,
  data: { departmentId, keyId, revokedAt: AT },
});

describe('departments decider', () => {
  describe('register', () => {
    it('records the department and its first key (the hash, never a secret)', () => {
      given()
        .when({
          kind: 'register',
          id: 'bj-scj',
          name: ' 北京市市场监督管理局 ',
          roles: ['own-decisions', 'registration'],
          key: keyRecord('aaaa0001'),
        })
        .thenRecords(
          {
            type: DEPARTMENT_REGISTERED,
            data: { departmentId: 'bj-scj', name: '北京市市场监督管理局', roles: ['own-decisions', 'registration'] },
          },
          issued('bj-scj', 'aaaa0001'),
        );
    });

    it('refuses an existing department, naming the commands to use, and changes nothing', () => {
      const error = given(registered('bj-scj', ['own-decisions']), issued('bj-scj', 'aaaa0001'))
        .when({ kind: 'register', id: 'bj-scj', name: 'x', roles: ['credit-office'], key: keyRecord('aaaa0002') })
        .thenRejects('department-exists', 'id');
      expect(error.reason).toContain('departments add-key bj-scj');
      expect(error.reason).toContain('departments set-roles bj-scj');
    });

    it.each([['BJ_SCJ'], ['-x'], ['a'], [''], ['京']])('refuses the id %j', (id) => {
      given()
        .when({ kind: 'register', id, name: 'x', roles: ['court'], key: keyRecord('aaaa0001') })
        .thenRejects('invalid-id', 'id');
    });

    it('refuses unknown roles, no roles, inherited object keys as roles and a missing name', () => {
      const unknown = given()
        .when({ kind: 'register', id: 'bj-x', name: 'x', roles: ['court', 'police'], key: keyRecord('aaaa0001') })
        .thenRejects('invalid-roles', 'roles[1]');
      expect(unknown.reason).toContain('police');
      given()
        .when({ kind: 'register', id: 'bj-x', name: 'x', roles: [], key: keyRecord('aaaa0001') })
        .thenRejects('invalid-roles', 'roles');
      given()
        .when({ kind: 'register', id: 'bj-x', name: 'x', roles: ['toString'], key: keyRecord('aaaa0001') })
        .thenRejects('invalid-roles', 'roles[0]');
      given()
        .when({ kind: 'register', id: 'bj-x', name: '  ', roles: ['court'], key: keyRecord('aaaa0001') })
        .thenRejects('invalid-name', 'name');
    });
  });

  describe('set-roles', () => {
    it('records the new roles with the previous ones', () => {
      given(registered('bj-court', ['court']))
        .when({ kind: 'set-roles', id: 'bj-court', roles: ['court', 'credit-office'] })
        .thenRecords({
          type: DEPARTMENT_ROLES_CHANGED,
          data: { departmentId: 'bj-court', roles: ['court', 'credit-office'], previousRoles: ['court'] },
        });
    });

    it('records nothing when the roles are the same, and refuses an unknown department or role', () => {
      given(registered('bj-court', ['court']))
        .when({ kind: 'set-roles', id: 'bj-court', roles: ['court'] })
        .thenRecordsNothing();
      given()
        .when({ kind: 'set-roles', id: 'bj-court', roles: ['court'] })
        .thenRejects('unknown-department', 'id');
      given(registered('bj-court'))
        .when({ kind: 'set-roles', id: 'bj-court', roles: ['judge'] })
        .thenRejects('invalid-roles', 'roles[0]');
    });
  });

  describe('issue-key', () => {
    it('adds a key to an existing department without touching its roles', () => {
      given(registered('bj-court'), issued('bj-court', 'aaaa0001'))
        .when({ kind: 'issue-key', id: 'bj-court', key: keyRecord('aaaa0002') })
        .thenRecords(issued('bj-court', 'aaaa0002'));
    });

    it('refuses an unknown department and a key id already taken', () => {
      given()
        .when({ kind: 'issue-key', id: 'bj-court', key: keyRecord('aaaa0001') })
        .thenRejects('unknown-department');
      given(registered('bj-court'), registered('bj-tax', ['tax']), issued('bj-court', 'aaaa0001'))
        .when({ kind: 'issue-key', id: 'bj-tax', key: keyRecord('aaaa0001') })
        .thenRejects('key-id-taken', 'keyId');
    });
  });

  describe('revoke-key', () => {
    it('records the revocation with its time; a second revocation records nothing', () => {
      given(registered('bj-court'), issued('bj-court', 'aaaa0001'))
        .when({ kind: 'revoke-key', keyId: 'aaaa0001', at: AT })
        .thenRecords({ type: API_KEY_REVOKED, data: { departmentId: 'bj-court', keyId: 'aaaa0001', revokedAt: AT } });
      given(registered('bj-court'), issued('bj-court', 'aaaa0001'), revoked('bj-court', 'aaaa0001'))
        .when({ kind: 'revoke-key', keyId: 'aaaa0001', at: AT })
        .thenRecordsNothing();
    });

    it('refuses an unknown key, and a key of another department than the one named', () => {
      given(registered('bj-court')).when({ kind: 'revoke-key', keyId: 'zzzz9999', at: AT }).thenRejects('unknown-key', 'keyId');
      given(registered('bj-court'), registered('bj-tax', ['tax']), issued('bj-court', 'aaaa0001'))
        .when({ kind: 'revoke-key', id: 'bj-tax', keyId: 'aaaa0001', at: AT })
        .thenRejects('unknown-key', 'keyId');
    });
  });

  describe('import', () => {
    const fromFile = {
      id: 'bj-court',
      name: 'bj-court 名称',
      roles: ['court'] as const,
      keys: [keyRecord('aaaa0001'), keyRecord('aaaa0002', AT)],
    };

    it('registers a department from a file with its keys, revoked ones revoked', () => {
      given()
        .when({ kind: 'import', department: fromFile })
        .thenRecords(
          registered('bj-court'),
          issued('bj-court', 'aaaa0001'),
          issued('bj-court', 'aaaa0002'),
          revoked('bj-court', 'aaaa0002'),
        );
    });

    it('is idempotent, and never changes roles already recorded', () => {
      given(registered('bj-court'), issued('bj-court', 'aaaa0001'), issued('bj-court', 'aaaa0002'), revoked('bj-court', 'aaaa0002'))
        .when({ kind: 'import', department: fromFile })
        .thenRecordsNothing();
      given(registered('bj-court', ['court', 'credit-office']), issued('bj-court', 'aaaa0001'))
        .when({ kind: 'import', department: fromFile })
        .thenRecords(issued('bj-court', 'aaaa0002'), revoked('bj-court', 'aaaa0002'));
    });
  });
});
