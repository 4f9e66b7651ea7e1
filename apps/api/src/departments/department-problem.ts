import { HttpException, HttpStatus } from '@nestjs/common';
import type { DepartmentError } from '#credit';
import { problemType } from '../shared/problems/problem-details.js';

const STATUS: Record<DepartmentError['code'], HttpStatus> = {
  'invalid-id': HttpStatus.UNPROCESSABLE_ENTITY,
  'invalid-name': HttpStatus.UNPROCESSABLE_ENTITY,
  'invalid-roles': HttpStatus.UNPROCESSABLE_ENTITY,
  'unknown-department': HttpStatus.NOT_FOUND,
  'unknown-key': HttpStatus.NOT_FOUND,
  'department-exists': HttpStatus.CONFLICT,
  'key-id-taken': HttpStatus.CONFLICT,
};

/** A refused departments command as an RFC 7807 problem naming the field. */
export function departmentProblem(error: DepartmentError): HttpException {
  return new HttpException(
    { type: problemType(error.code), title: 'The departments directory refused the change', detail: error.message, errors: [{ field: error.field, reason: error.message }] },
    STATUS[error.code],
  );
}
