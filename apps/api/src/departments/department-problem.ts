import type { HttpException } from '@nestjs/common';
import type { DepartmentError } from '#credit';
import { refusal } from '#kernel';
import { refusalException } from '../shared/problems/refusal-problem.js';

/** A refused departments command as an RFC 7807 problem naming the field. */
export function departmentProblem(error: DepartmentError): HttpException {
  return refusalException(
    refusal(error.kind, error.code, 'The departments directory refused the change', [{ path: error.path, reason: error.reason }]),
  );
}
