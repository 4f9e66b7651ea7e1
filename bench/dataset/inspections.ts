import type { FactContext } from './context.js';
import { dateOf, LAST_FACT_DAY, yearOfDay } from './dates.js';
import { INSPECTION_ITEMS } from './industries.js';
import { CITY } from './places.js';

/** 双随机、一公开: a random inspection's result, published within 20 working days. */
export function inspectionEpisode(context: FactContext): void {
  const { random, numbers } = context;
  const organisation = random.chance(0.97) ? context.business() : context.organisation();
  const day = context.workingDay(organisation.activeFrom, LAST_FACT_DAY);
  if (day === undefined) return;
  const year = yearOfDay(day);
  const { district } = organisation;
  context.emit('market', 'InspectionResultRecorded', day, organisation.subject, {
    inspectionNumber: `SJ-${year}-${district.code}-${String(numbers.next(`inspection|${year}|${district.code}`)).padStart(6, '0')}`,
    inspectedOn: dateOf(day),
    publicationDate: random.chance(0.95) ? dateOf(context.publication(day, 20)) : undefined,
    items: random.pick(INSPECTION_ITEMS),
    result: random.weighted([
      ['compliant', 78],
      ['corrected', 10],
      ['non-compliant', 4],
      ['not-found', 8],
    ] as const),
    authorityName: `${CITY}${district.name}市场监督管理局`,
  });
}
