import type { FactContext } from './context.js';
import { dateOf, FIRST_FACT_DAY, LAST_FACT_DAY, yearOfDay } from './dates.js';
import { PERSON_VIOLATIONS } from './industries.js';
import { wanYuan, yuanText } from './money.js';
import { CITY, DISTRICTS } from './places.js';
import { headOn, personField } from './registration.js';
import type { Random } from './prng.js';
import type { SubjectRef } from './subjects.js';

interface Profile {
  readonly categories: readonly string[];
  readonly fine: boolean;
  readonly confiscation?: 'gains' | 'property';
  readonly licence?: 'suspension' | 'revocation';
  readonly serious?: true;
}

const ORGANISATION_PROFILES: readonly (readonly [Profile, number])[] = [
  [{ categories: ['warning'], fine: false }, 12],
  [{ categories: ['public-criticism'], fine: false }, 2],
  [{ categories: ['fine'], fine: true }, 50],
  [{ categories: ['warning', 'fine'], fine: true }, 6],
  [{ categories: ['confiscation-of-illegal-gains', 'fine'], fine: true, confiscation: 'gains' }, 18],
  [{ categories: ['confiscation-of-illegal-property', 'fine'], fine: true, confiscation: 'property' }, 4],
  [{ categories: ['licence-suspension', 'fine'], fine: true, licence: 'suspension' }, 3],
  [
    {
      categories: ['licence-revocation', 'confiscation-of-illegal-gains', 'fine'],
      fine: true,
      confiscation: 'gains',
      licence: 'revocation',
      serious: true,
    },
    2,
  ],
  [{ categories: ['production-suspension', 'fine'], fine: true, serious: true }, 1.5],
  [{ categories: ['business-restriction', 'fine'], fine: true, serious: true }, 1],
];

const PERSON_PROFILES: readonly (readonly [Profile, number])[] = [
  [{ categories: ['warning'], fine: false }, 20],
  [{ categories: ['fine'], fine: true }, 55],
  [{ categories: ['confiscation-of-illegal-gains', 'fine'], fine: true, confiscation: 'gains' }, 15],
  [{ categories: ['confiscation-of-illegal-property', 'fine'], fine: true, confiscation: 'property' }, 10],
];

/** Fines in 分, spread over the bands and on both sides of the round amounts (1万, 5万, 10万, 100万元). */
function organisationFine(random: Random): number {
  switch (
    random.weighted([
      ['small', 35],
      ['medium', 25],
      ['large', 12],
      ['big', 15],
      ['huge', 4],
      ['edge', 9],
    ] as const)
  ) {
    case 'small':
      return random.int(5, 99) * 10_000;
    case 'medium':
      return random.int(100, 499) * 10_000;
    case 'large':
      return random.int(500, 999) * 10_000;
    case 'big':
      return random.int(100, 999) * 100_000;
    case 'huge':
      return random.int(100, 500) * 1_000_000;
    default:
      return random.pick([1_000_000, 999_950, 5_000_000, 4_999_900, 10_000_000, 9_999_999, 100_000_000, 99_999_999]);
  }
}

function personFine(random: Random): number {
  switch (
    random.weighted([
      ['small', 60],
      ['medium', 35],
      ['edge', 5],
    ] as const)
  ) {
    case 'small':
      return random.int(2, 49) * 10_000;
    case 'medium':
      return random.int(50, 499) * 10_000;
    default:
      return random.pick([1_000_000, 999_900]);
  }
}

const CORRECTIONS = ['更正违法事实中的经营场所地址', '更正当事人名称', '更正处罚依据条款', '更正罚款金额的大写表述', '失信程度更正'];

/**
 * 行政处罚 (双公示): mostly 一般 penalties on businesses, some 严重, a few 轻微; some on natural persons.
 * Published within 7 working days. A few are corrected, revoked on administrative review or by the
 * authority, or revoked by a court (that line goes to the court's file).
 */
export function penaltyEpisode(context: FactContext): void {
  const { random, numbers } = context;
  const onPerson = random.chance(0.06);
  const organisation = onPerson ? undefined : context.business();
  const person = onPerson ? context.personSubject() : undefined;
  const subject: SubjectRef = organisation?.subject ?? person!.subject;
  const district = organisation?.district ?? random.weighted(DISTRICTS.map((d) => [d, d.weight] as const));
  const day = context.workingDay(organisation?.activeFrom ?? FIRST_FACT_DAY, LAST_FACT_DAY - 1);
  if (day === undefined) return;
  const date = dateOf(day);
  const violation = random.pick(organisation ? organisation.industry.violations : PERSON_VIOLATIONS);
  const profile = random.weighted(onPerson ? PERSON_PROFILES : ORGANISATION_PROFILES);
  const fine = profile.fine ? (onPerson ? personFine(random) : organisationFine(random)) : undefined;
  const confiscation = profile.confiscation ? random.int(5, 2000) * 10_000 : undefined;
  const certificate = organisation ? random.pick(organisation.industry.licences).certificate : '';
  const content = [
    profile.categories.includes('warning') ? '警告' : '',
    profile.categories.includes('public-criticism') ? '通报批评' : '',
    profile.confiscation === 'gains' ? `没收违法所得人民币${yuanText(confiscation!)}元` : '',
    profile.confiscation === 'property' ? `没收非法财物（价值人民币${yuanText(confiscation!)}元）` : '',
    fine !== undefined ? `罚款人民币${yuanText(fine)}元` : '',
    profile.licence === 'suspension' ? `暂扣${certificate}三个月` : '',
    profile.licence === 'revocation' ? `吊销${certificate}` : '',
    profile.categories.includes('production-suspension') ? '责令停产停业三个月' : '',
    profile.categories.includes('business-restriction') ? '限制开展生产经营活动六个月' : '',
  ]
    .filter(Boolean)
    .join('，并处');
  // The Order 36 class follows the penalty's weight: 严重 for the heaviest, 轻微 possible for a bare warning.
  const severity =
    profile.serious || (fine ?? 0) >= 100_000_000
      ? 'serious'
      : (fine ?? 0) >= 10_000_000
        ? random.weighted([
            ['general', 65],
            ['serious', 35],
          ] as const)
        : profile.categories.length === 1 && !profile.fine
          ? random.weighted([
              ['minor', 1],
              ['general', 1],
            ] as const)
          : random.weighted([
              ['general', 95],
              ['serious', 2],
              ['minor', 3],
            ] as const);
  const municipal = random.chance(0.08);
  const prefix = municipal ? '京市监罚' : `京${district.short}市监罚`;
  const decisionNumber = numbers.documentNumber(prefix, yearOfDay(day));
  const head = organisation && organisation.subject.kind !== 'individual-business' ? headOn(organisation, date) : undefined;
  context.emit('market', 'PenaltyDecided', day, subject, {
    decisionNumber,
    violationType: violation.type,
    violationFacts: random.pick(violation.facts),
    legalBasis: violation.basis,
    categories: profile.categories.map((category) => ({ category })),
    content,
    fineAmount: fine === undefined ? undefined : wanYuan(fine),
    confiscationAmount: confiscation === undefined ? undefined : wanYuan(confiscation),
    licenceRevoked: profile.licence ? `${certificate}（${profile.licence === 'revocation' ? '吊销' : '暂扣'}）` : undefined,
    severity,
    decisionDate: date,
    publicationDate: dateOf(context.publication(day, 7)),
    legalRepresentative: head && random.chance(0.75) ? personField(head) : undefined,
    authorityName: municipal ? `${CITY}市场监督管理局` : `${CITY}${district.name}市场监督管理局`,
  });

  let last = day;
  if (random.chance(0.02)) {
    const corrected = context.workingDay(day + 3, Math.min(day + 60, LAST_FACT_DAY));
    if (corrected !== undefined) {
      last = corrected;
      const correction = random.pick(CORRECTIONS);
      context.emit('market', 'PenaltyCorrected', corrected, subject, {
        decisionNumber,
        correction,
        severity: correction === '失信程度更正' ? (severity === 'serious' ? 'general' : 'serious') : undefined,
        correctedOn: dateOf(corrected),
      });
    }
  }
  const ending = random.weighted([
    ['none', 985],
    ['review', 7],
    ['authority', 3],
    ['court', 5],
  ] as const);
  if (ending === 'none') return;
  const revoked = context.workingDay(last + (ending === 'court' ? 120 : 60), Math.min(last + 500, LAST_FACT_DAY));
  if (revoked === undefined) return;
  const year = yearOfDay(revoked);
  context.emit(ending === 'court' ? 'court' : 'market', 'PenaltyRevoked', revoked, subject, {
    decisionNumber,
    revokedBy: ending === 'review' ? 'administrative-review' : ending,
    documentNumber:
      ending === 'court'
        ? numbers.caseNumber(district.court, '行初', year)
        : ending === 'review'
          ? numbers.documentNumber(`京${district.short}政复决字`, year)
          : numbers.documentNumber(`京${district.short}市监撤罚`, year),
    revokedOn: dateOf(revoked),
  });
}
