import { addMonths, type LocalDate } from '#kernel';
import type { Renewal } from './compiled-rule-set.js';

/**
 * The end (exclusive) of the period of a renewing term in which `date` falls (16号): the first period ends on
 * `firstUntil`, each renewal adds `years`. An exit dated before a period's end ends the entry at that end; one
 * dated on the end itself falls in the renewed period (the entry had renewed that day). Pure: from the dates only.
 */
export function endOfRenewalPeriod(renewal: Renewal, date: LocalDate): LocalDate {
  let periods = 0;
  let end = renewal.firstUntil;
  while (end <= date) end = addMonths(renewal.firstUntil, 12 * renewal.years * ++periods);
  return end;
}
