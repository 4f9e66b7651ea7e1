import { HttpException, HttpStatus, type ValidationError } from '@nestjs/common';
import { problemType } from './problem-details.js';

/** class-validator errors as one 400 problem listing each field (a JSON path) and why. */
export function validationProblem(errors: ValidationError[]): HttpException {
  const fieldErrors = flatten(errors, '');
  return new HttpException(
    {
      type: problemType('invalid-request'),
      title: 'The request is not valid',
      detail: fieldErrors.map((e) => `${e.field}: ${e.reason}`).join('; '),
      errors: fieldErrors,
    },
    HttpStatus.BAD_REQUEST,
  );
}

function flatten(errors: ValidationError[], prefix: string): { field: string; reason: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
