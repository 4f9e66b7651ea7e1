import { Query } from '@nestjs/cqrs';
import type { HistoryViewer } from '#credit';

export interface HistoryEntry {
  readonly eventId: string;
  readonly revision: number;
  readonly type: string;
  readonly label?: string;
  readonly recordedAt: string;
  readonly position: string;
  readonly department?: string;
  readonly sourceRecordId?: string;
  readonly data: unknown;
}

export interface SubjectHistory {
  readonly subject: string;
  readonly events: HistoryEntry[];
}

export class SubjectHistoryQuery extends Query<SubjectHistory> {
  constructor(
    readonly code: string,
    /** Repaired records are not shared with other departments (令第36号 第三条); absent: everything. */
    readonly viewer?: HistoryViewer,
  ) {
    super();
  }
}
