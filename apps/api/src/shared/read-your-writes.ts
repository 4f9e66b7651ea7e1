import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { parsePosition, type EventStore } from '#event-store';
import { ListedSubjects, mayHaveBeenWritten, projectionsReached } from '#read-model';
import { problemType } from './problems/problem-details.js';
import { EVENT_STORE, READ_MODELS } from './storage.tokens.js';
import { invalidQuery } from './problems/invalid-query.js';

/** How long a query waits for the projections to reach a position it was given. */
export const READ_YOUR_WRITES_WAIT_MS = 5_000;

/**
 * Read your writes: a query that passes the position an ingestion answered (`?after=` or the
 * `X-After-Position` header) waits, bounded, until the projections it reads have applied it;
 * otherwise it answers 503 with Retry-After rather than an answer without the write.
 */
@Injectable()
export class ReadYourWrites {
  constructor(
    @Inject(READ_MODELS) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly listed: ListedSubjects,
  ) {}

  async waitFor(after: string | undefined, projections: readonly string[]): Promise<void> {
    if (after === undefined || after === '') return;
    const position = parsePosition(after);
    if (!position) throw invalidQuery([{ path: 'after', reason: 'must be a position as answered by POST /v1/facts, e.g. 1234-5678' }]);
    // Refused at once rather than waited for: no write will ever reach it (F10: 5 s of polling per request).
    if (!(await mayHaveBeenWritten(this.store, this.db, position))) {
      throw invalidQuery([{ path: 'after', reason: 'is beyond the end of the log; use a position answered by POST /v1/facts' }]);
    }
    if (await projectionsReached(this.db, projections, position, READ_YOUR_WRITES_WAIT_MS)) {
      // Later queries must not see less than this one did, with or without `after`.
      this.listed.require(position);
      return;
    }
    throw new HttpException(
      {
        type: problemType('not-yet-consistent'),
        title: 'The read models have not reached that position yet',
        detail: `${projections.join(', ')} did not apply position ${after} within ${READ_YOUR_WRITES_WAIT_MS} ms; retry shortly`,
        retryAfterSeconds: 1,
      },
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }
}
