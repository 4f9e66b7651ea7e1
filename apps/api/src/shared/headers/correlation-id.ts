import { HttpException, HttpStatus } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { problemType } from '../problems/problem-details.js';
import { isSaneId, SANE_ID_RULE } from './request-id.js';

export const CORRELATION_ID_HEADER = 'X-Correlation-Id';

/** The caller's X-Correlation-Id (stored in every event's metadata and exported in the audit CSV), or a new one. */
export function correlationId(given: string | undefined): string {
  if (given === undefined || given === '') return randomUUID();
  if (isSaneId(given)) return given;
  const reason = `must be ${SANE_ID_RULE}`;
  throw new HttpException(
    {
      type: problemType('invalid-header'),
      title: 'A request header is not valid',
      detail: `${CORRELATION_ID_HEADER}: ${reason}`,
      errors: [{ field: CORRELATION_ID_HEADER, reason }],
    },
    HttpStatus.BAD_REQUEST,
  );
}
