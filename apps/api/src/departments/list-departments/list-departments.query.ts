import { Query } from '@nestjs/cqrs';

export interface DepartmentView {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  /** Key ids and dates only: never a hash or a secret. */
  readonly keys: readonly { readonly id: string; readonly createdAt: string; readonly revokedAt?: string }[];
}

export class ListDepartmentsQuery extends Query<{ departments: DepartmentView[] }> {}
