import { CalendarDataMissingError, valueAt, type LocalDate, type Problem, type WorkingDayCalendar } from '#kernel';
import type { FactDefinition } from './fact-definition.js';

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
  try {
    const due = calendar.addWorkingDays(decidedOn, deadline.workingDays);
    return publishedOn > due
      ? [
          `published-late: due by ${due} (${deadline.workingDays} working days after ${decidedOn}, ${deadline.basis}), published ${publishedOn}`,
        ]
      : [];
  } catch (error) {
    if (error instanceof CalendarDataMissingError) return [`publication-deadline-unknown: ${error.message}`];
    throw error;
  }
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
