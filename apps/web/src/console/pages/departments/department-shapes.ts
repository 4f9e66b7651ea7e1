/** The shapes of /v1/departments (apps/api/src/departments, response-schemas.ts). */
export interface DepartmentKey {
  readonly id: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
}

export interface Department {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly keys: readonly DepartmentKey[];
}

export interface IssuedKey {
  readonly departmentId: string;
  readonly keyId: string;
  readonly createdAt: string;
  /** The secret: in this answer only. */
  readonly key: string;
}

export interface RoleOption {
  readonly value: string;
  readonly label: string;
}
