import {
  CalendarDataMissingError,
  timeLimit,
  valueAt,
  yearOf,
  type LocalDate,
  type Problem,
  type TimeLimit,
  type WorkingDayCalendar,
} from '#kernel';
import type { FactDefinition, PublicationDeadline } from './fact-definition.js';

/**
 * Whether a decision went out within its deadline in working days (双公示: 7 for licences and penalties,
 * 发改电〔2015〕557号; 20 for 双随机 results), counted on the official calendar from the decision date to the day it
 * went out: `met`, `missed`, or `calendar-unknown` when the count reaches a year the calendar does not know yet.
 * The one home of the count: the flags on a recorded fact and the 双公示 statistics both use it.
 */
export function publicationTimeLimit(
  deadline: PublicationDeadline,
  decidedOn: LocalDate,
  publishedOn: LocalDate,
  calendar: WorkingDayCalendar,
): TimeLimit {
  return timeLimit(calendar, decidedOn, deadline.workingDays, publishedOn, publishedOn);
}

/** The decision date of a fact that has a publication deadline; undefined for the others. */
export function publicationDecidedOn(definition: FactDefinition, fact: unknown): LocalDate | undefined {
  return definition.publicationDeadline && (valueAt(fact, definition.publicationDeadline.decidedOn) as LocalDate | undefined);
}

/**
 * A flag when a fact was published after its deadline in working days (official calendar, holidays
 * and make-up days), or when the deadline cannot be known because the calendar has no data yet.
 */
export function publicationFlags(definition: FactDefinition, fact: unknown, calendar: WorkingDayCalendar): string[] {
  const deadline = definition.publicationDeadline;
  if (!deadline) return [];
  const decidedOn = valueAt(fact, deadline.decidedOn) as LocalDate | undefined;
  const publishedOn = valueAt(fact, deadline.publishedOn) as LocalDate | undefined;
  if (!decidedOn || !publishedOn) return [];
  const limit = publicationTimeLimit(deadline, decidedOn, publishedOn, calendar);
  switch (limit.status) {
    case 'missed':
      return [
        `published-late: due by ${limit.dueOn} (${deadline.workingDays} working days after ${decidedOn}, ${deadline.basis}), published ${publishedOn}`,
      ];
    case 'calendar-unknown':
      return [`publication-deadline-unknown: ${missingCalendar(calendar, decidedOn).message}`];
    default:
      return [];
  }
}

function missingCalendar(calendar: WorkingDayCalendar, from: LocalDate): CalendarDataMissingError {
  const covered = calendar.coveredYears();
  return new CalendarDataMissingError(yearOf(from) < covered.from ? yearOf(from) : covered.to + 1, covered);
}

/** A fact cannot have been published before it was decided. */
export function publicationOrderProblems(definition: FactDefinition, fact: unknown, path: string): Problem[] {
  const deadline = definition.publicationDeadline;
  if (!deadline) return [];
  const decidedOn = valueAt(fact, deadline.decidedOn) as LocalDate | undefined;
  const publishedOn = valueAt(fact, deadline.publishedOn) as LocalDate | undefined;
  return decidedOn && publishedOn && publishedOn < decidedOn
    ? [{ path: `${path}.${deadline.publishedOn}`, reason: `cannot be before ${deadline.decidedOn} (${decidedOn})` }]
    : [];
}
