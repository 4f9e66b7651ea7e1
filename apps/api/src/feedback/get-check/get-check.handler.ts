import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '#event-store';
import { recordedCheck } from '#ingestion';
import { refusal } from '#kernel';
import { EVENT_STORE } from '../../shared/storage.tokens.js';
import { checkView } from './check-view.js';
import { GetCheckQuery, type CheckAnswer } from './get-check.query.js';

@QueryHandler(GetCheckQuery)
export class GetCheckHandler implements IQueryHandler<GetCheckQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ checkId, caller }: GetCheckQuery): Promise<CheckAnswer> {
    const { state } = await recordedCheck(this.store, checkId);
    const { check } = state;
    if (!check)
      return {
        ok: false,
        refusal: refusal('not-found', 'unknown-check', 'No such check', [{ path: 'checkId', reason: 'no check has this id' }]),
      };
    // The department that made the check sees it; the credit office sees every check (it assesses the feedback).
    if (check.department !== caller.department.id && !caller.department.roles.includes('credit-office')) {
      return {
        ok: false,
        refusal: refusal('forbidden', 'other-department-check', 'Only the department that made the check, and the credit office, see it', [
          { path: 'checkId', reason: `the check was made by ${check.department}` },
        ]),
      };
    }
    return { ok: true, check: checkView({ ...state, check }) };
  }
}
