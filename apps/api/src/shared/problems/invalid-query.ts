import type { HttpException } from '@nestjs/common';
import { refusal, type Problem } from '#kernel';
import { refusalException } from './refusal-problem.js';

/** 400 problem+json naming each offending query parameter (its path) and why. */
export function invalidQuery(problems: readonly Problem[]): HttpException {
  return refusalException(refusal('malformed', 'invalid-query', 'The query is not valid', problems));
}
