import type { Answer, ItemOf, Schema } from '../../../shared/api-types';

/** The answers of /v1/departments, as the OpenAPI document gives them. */
export type Departments = Schema<'Departments'>;
export type Department = ItemOf<Departments['departments']>;
export type DepartmentKey = ItemOf<Department['keys']>;
/** The secret (`key`) is in this answer only. */
export type IssuedKey = Schema<'IssuedKey'>;
export type RegisteredDepartment = Answer<'DepartmentsController_register'>;

/** A role a department may have, with its Chinese label (the document's `x-enum-descriptions`). */
export interface RoleOption {
  readonly value: string;
  readonly label: string;
}
