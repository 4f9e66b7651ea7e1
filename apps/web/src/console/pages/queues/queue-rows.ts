/** A step's time limit on the official working-day calendar, seen today (TimeLimit of libs/kernel). */
export interface TimeLimit {
  readonly startedOn: string;
  readonly workingDays: number;
  /** Absent when the calendar does not reach the due day yet. */
  readonly dueOn?: string;
  readonly doneOn?: string;
  readonly status: 'open' | 'overdue' | 'met' | 'missed' | 'calendar-unknown';
}

/** A case of GET /v1/objections (ObjectionView). */
export interface ObjectionRow {
  readonly id: string;
  readonly status: string;
  readonly open: boolean;
  readonly record: {
    readonly subject: { readonly kind: string; readonly code: string; readonly name?: string };
    readonly eventId: string;
    readonly type: string;
    readonly department: string;
  };
  readonly filedBy: string;
  readonly filedOn: string;
  readonly grounds: string;
  readonly timeLimits: { readonly acceptance: TimeLimit; readonly check?: TimeLimit; readonly answer?: TimeLimit };
  readonly overdue: boolean;
}

export interface ObjectionQueue {
  readonly asOf: string;
  readonly objections: readonly ObjectionRow[];
}

/** An application of GET /v1/repairs (RepairView). */
export interface RepairRow {
  /** 统一社会信用代码 or 身份证号 (masked as the personal-data rule says). */
  readonly subject: string;
  readonly applicationNumber: string;
  readonly recordEventId: string;
  readonly appliedBy: string;
  readonly appliedOn: string;
  readonly commitmentMade: boolean;
  readonly status: 'pending' | 'decided';
  readonly decidedBy?: string;
  readonly decidedOn?: string;
  readonly outcome?: 'approved' | 'refused';
  readonly review: TimeLimit;
  readonly overdue: boolean;
}

export interface RepairQueue {
  readonly asOf: string;
  readonly reviewWorkingDays: number;
  readonly basis: { readonly documentNumber: string; readonly clause?: string };
  readonly repairs: readonly RepairRow[];
}
