import type { FactContext } from './context.js';
import { dateOf, LAST_FACT_DAY, yearOfDay } from './dates.js';

const MATTERS = [
  '食品经营许可告知承诺',
  '企业住所（经营场所）登记告知承诺',
  '特种设备使用登记告知承诺',
  '信用修复承诺',
  '广告发布登记告知承诺',
];
const FINDINGS = ['实际经营条件与承诺不符', '未在承诺期限内补齐材料', '经营场所不具备承诺的卫生条件', '承诺期内再次发生同类违法行为'];

/** 信用承诺 (告知承诺): the commitment, then its verification — mostly kept, a few broken, some still open. */
export function commitmentEpisode(context: FactContext): void {
  const { random, numbers } = context;
  const organisation = context.business();
  const day = context.workingDay(organisation.activeFrom, LAST_FACT_DAY);
  if (day === undefined) return;
  const year = yearOfDay(day);
  const commitmentNumber = `CN-${year}-${String(numbers.next(`commitment|${year}`)).padStart(7, '0')}`;
  const due = random.chance(0.85) ? day + random.int(60, 180) : undefined;
  context.emit('market', 'CreditCommitmentMade', day, organisation.subject, {
    commitmentNumber,
    matter: random.pick(MATTERS),
    madeOn: dateOf(day),
    dueOn: due === undefined ? undefined : dateOf(due),
  });
  const outcome = random.weighted([
    ['open', 37],
    ['kept', 55],
    ['broken', 8],
  ] as const);
  if (outcome === 'open') return;
  const verified = context.workingDay(day + 10, Math.min(due ?? day + 120, LAST_FACT_DAY));
  if (verified === undefined) return;
  context.emit(
    'market',
    outcome === 'kept' ? 'CreditCommitmentKept' : 'CreditCommitmentBroken',
    verified,
    organisation.subject,
    outcome === 'kept'
      ? { commitmentNumber, verifiedOn: dateOf(verified) }
      : { commitmentNumber, verifiedOn: dateOf(verified), finding: random.pick(FINDINGS) },
  );
}
