import { HttpException, HttpStatus } from '@nestjs/common';
import { problemType } from './problem-details.js';

export interface FieldProblem {
  readonly field: string;
  readonly reason: string;
}

/** 400 problem+json naming each offending query field and why. */
export function invalidQuery(errors: readonly FieldProblem[]): HttpException {
  return new HttpException(
    { type: problemType('invalid-query'), title: 'The query is not valid', detail: errors.map((e) => `${e.field}: ${e.reason}`).join('; '), errors },
    HttpStatus.BAD_REQUEST,
  );
}
