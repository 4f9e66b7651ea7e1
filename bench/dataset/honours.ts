import type { FactContext } from './context.js';
import { addYears, dateOf, LAST_FACT_DAY, yearOfDay } from './dates.js';
import { CITY } from './places.js';

const HONOURS = [
  { name: '守合同重信用企业', level: 'municipal', municipal: true },
  { name: '北京市食品安全示范店', level: 'municipal', municipal: true },
  { name: '诚信经营示范单位', level: 'district', municipal: false },
  { name: '放心消费示范单位', level: 'district', municipal: false },
] as const;

const REASONS = ['被列入严重违法失信名单', '发生重大食品安全事故', '以弄虚作假手段取得荣誉', '受到较重行政处罚'];

/** 表彰奖励 by the market-regulation bureau (守合同重信用 and the like); a few are revoked. */
export function honourEpisode(context: FactContext): void {
  const { random, numbers } = context;
  const organisation = context.business();
  const day = context.workingDay(organisation.activeFrom, LAST_FACT_DAY);
  if (day === undefined) return;
  const honour = random.pick(HONOURS);
  const { district } = organisation;
  const documentNumber = numbers.documentNumber(honour.municipal ? '京市监发' : `京${district.short}市监发`, yearOfDay(day));
  context.emit('market', 'HonourAwarded', day, organisation.subject, {
    documentNumber,
    honourName: honour.name,
    level: honour.level,
    awardingBody: honour.municipal ? `${CITY}市场监督管理局` : `${CITY}${district.name}市场监督管理局`,
    awardedOn: dateOf(day),
    validUntil: random.chance(0.8) ? addYears(dateOf(day - 1), 2) : undefined,
  });
  if (random.chance(0.08)) {
    const revoked = context.workingDay(day + 30, Math.min(day + 400, LAST_FACT_DAY));
    if (revoked === undefined) return;
    context.emit('market', 'HonourRevoked', revoked, organisation.subject, {
      documentNumber,
      reason: random.pick(REASONS),
      revokedOn: dateOf(revoked),
    });
  }
}
