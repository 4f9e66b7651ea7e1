import type { HttpException, ValidationError } from '@nestjs/common';
import { refusal, type Problem } from '#kernel';
import { refusalException } from './refusal-problem.js';

/** class-validator errors as one 400 problem listing each field (a JSON path) and why. */
export function validationProblem(errors: ValidationError[]): HttpException {
  return refusalException(refusal('malformed', 'invalid-request', 'The request is not valid', flatten(errors, '')));
}

function flatten(errors: ValidationError[], prefix: string): Problem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ path, reason }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}
