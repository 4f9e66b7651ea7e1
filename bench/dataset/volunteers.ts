import type { FactContext } from './context.js';
import { dateOf, FIRST_FACT_DAY, LAST_FACT_DAY } from './dates.js';
import { DISTRICTS } from './places.js';
import type { Random } from './prng.js';

/** Hours at which 志愿北京 rates one to five stars; the top band is open-ended. */
const STAR_HOURS = [100, 300, 600, 1000, 1500, 4000];

function hours(random: Random, stars: number): string {
  // Exactly on the band's lower limit now and then, otherwise anywhere in it, to a tenth of an hour.
  const tenths = random.chance(0.1) ? STAR_HOURS[stars - 1] * 10 : random.int(STAR_HOURS[stars - 1] * 10, STAR_HOURS[stars] * 10 - 1);
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** 星级志愿者认定 of natural persons, five stars (the red list) for some; a fifth are rated again later. */
export function volunteerEpisode(context: FactContext): void {
  const { random } = context;
  const person = context.personSubject();
  let stars = random.weighted([
    [1, 35],
    [2, 25],
    [3, 18],
    [4, 10],
    [5, 12],
  ] as const) as number;
  let day = context.workingDay(FIRST_FACT_DAY, LAST_FACT_DAY);
  const organization = random.chance(0.5) ? '北京志愿服务联合会' : `共青团北京市${random.pick(DISTRICTS).name}委员会`;
  while (day !== undefined) {
    context.emit('volunteer-service', 'VolunteerServiceRated', day, person.subject, {
      stars,
      serviceHours: hours(random, stars),
      ratedOn: dateOf(day),
      organization,
    });
    if (!random.chance(0.2)) return;
    stars = Math.min(5, stars + random.int(0, 1));
    day = context.workingDay(day + 90, Math.min(day + 400, LAST_FACT_DAY));
  }
}
