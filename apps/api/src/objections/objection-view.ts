import { isOpen, isOverdue, objectionTimeLimits, type Objection, type ObjectionTimeLimits } from '#credit';
import { OfficialWorkingDayCalendar, type LocalDate } from '#kernel';

/** The official working-day calendar the time limits are counted on. */
export const OBJECTION_CALENDAR = new OfficialWorkingDayCalendar();

/** A case as the api shows it: the case, each step's time limit seen today, and whether a step is overdue. */
export type ObjectionView = Omit<Objection, 'objectionId'> & {
  readonly id: string;
  readonly open: boolean;
  readonly timeLimits: ObjectionTimeLimits;
  readonly overdue: boolean;
};

export function objectionView({ objectionId, ...objection }: Objection, today: LocalDate): ObjectionView {
  const timeLimits = objectionTimeLimits({ objectionId, ...objection }, OBJECTION_CALENDAR, today);
  return { id: objectionId, ...objection, open: isOpen({ objectionId, ...objection }), timeLimits, overdue: isOverdue(timeLimits) };
}
