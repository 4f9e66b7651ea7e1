/** A departments command the directory refuses: a value naming the field, mapped to an exit code or a 4xx at the edge. */
export interface DepartmentError {
  readonly code:
    | 'invalid-id'
    | 'invalid-name'
    | 'invalid-roles'
    | 'department-exists'
    | 'unknown-department'
    | 'unknown-key'
    | 'key-id-taken';
  readonly field: string;
  readonly message: string;
}

export const departmentError = (code: DepartmentError['code'], field: string, message: string): DepartmentError => ({ code, field, message });
