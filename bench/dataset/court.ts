import type { FactContext } from './context.js';
import { dateOf, FIRST_FACT_DAY, LAST_FACT_DAY, yearOfDay } from './dates.js';
import { DISTRICTS } from './places.js';
import type { SubjectRef } from './subjects.js';

const OBLIGATIONS = [
  '支付货款人民币{}元及利息',
  '偿还借款本金人民币{}元及利息',
  '支付工程款人民币{}元',
  '支付劳动报酬人民币{}元',
  '支付房屋租金人民币{}元及违约金',
  '赔偿经济损失人民币{}元',
];
const OTHER_DELETIONS = [
  '申请执行人书面申请删除失信信息',
  '执行依据被撤销',
  '终结本次执行程序后经两次查询无可供执行财产',
  '人民法院裁定终结执行',
  '和解协议履行完毕',
];

/**
 * 失信被执行人: a court lists a business or a person (the six grounds of 法释〔2017〕7号, mostly 有履行能力
 * 而拒不履行). Some fulfil the obligation later, and the court mostly deletes those within three working
 * days; a few listings are deleted for other reasons.
 */
export function dishonestDebtorEpisode(context: FactContext): void {
  const { random, numbers } = context;
  const onPerson = random.chance(0.4);
  const organisation = onPerson ? undefined : context.business();
  const subject: SubjectRef = organisation?.subject ?? context.personSubject().subject;
  const district =
    organisation && random.chance(0.8) ? organisation.district : random.weighted(DISTRICTS.map((d) => [d, d.weight] as const));
  const day = context.workingDay(Math.max(organisation?.activeFrom ?? FIRST_FACT_DAY, FIRST_FACT_DAY), LAST_FACT_DAY);
  if (day === undefined) return;
  const year = yearOfDay(day);
  const ground = random.weighted([
    ['able-but-refuses', 70],
    ['violates-consumption-restriction', 10],
    ['violates-property-reporting', 8],
    ['evades-enforcement', 6],
    ['obstructs-enforcement', 3],
    ['breaks-settlement', 3],
  ] as const);
  const caseNumber = numbers.caseNumber(district.court, '执', year);
  const amount = onPerson ? random.int(5, 800) * 1000 : random.int(20, 5000) * 1000;
  context.emit('court', 'DishonestDebtorListed', day, subject, {
    caseNumber,
    courtName: `北京市${district.name}人民法院`,
    ground,
    obligation: random.pick(OBLIGATIONS).replace('{}', String(amount)),
    basisDocumentNumber: numbers.caseNumber(district.court, random.pick(['民初', '民终', '商初']), year - random.int(1, 2)),
    listedOn: dateOf(day),
    listingYears:
      ground !== 'able-but-refuses' && random.chance(0.4)
        ? random.weighted([
            [2, 4],
            [3, 3],
            [4, 2],
            [5, 1],
          ] as const)
        : undefined,
  });

  if (random.chance(0.35)) {
    const fulfilled = context.workingDay(day + 20, Math.min(day + 400, LAST_FACT_DAY));
    if (fulfilled === undefined) return;
    context.emit('court', 'DishonestDebtorObligationFulfilled', fulfilled, subject, { caseNumber, fulfilledOn: dateOf(fulfilled) });
    if (!random.chance(0.8)) return;
    const deleted = Math.min(context.days.deadline(fulfilled, random.int(1, 3)), LAST_FACT_DAY);
    if (deleted <= fulfilled) return;
    context.emit('court', 'DishonestDebtorDeleted', deleted, subject, {
      caseNumber,
      reason: '被执行人全部履行完毕',
      deletedOn: dateOf(deleted),
    });
  } else if (random.chance(0.08)) {
    const deleted = context.workingDay(day + 30, Math.min(day + 500, LAST_FACT_DAY));
    if (deleted === undefined) return;
    context.emit('court', 'DishonestDebtorDeleted', deleted, subject, {
      caseNumber,
      reason: random.pick(OTHER_DELETIONS),
      deletedOn: dateOf(deleted),
    });
  }
}
