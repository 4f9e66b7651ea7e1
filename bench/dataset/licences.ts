import type { FactContext } from './context.js';
import { addYears, dateOf, LAST_FACT_DAY, yearOfDay } from './dates.js';
import { CITY } from './places.js';

const CHANGES = ['经营场所变更', '增加经营项目：热食类食品制售', '法定代表人（负责人）变更', '名称变更', '减少经营项目', '延续有效期'];
const REVOCATIONS = ['申请注销', '以欺骗、贿赂等不正当手段取得许可', '有效期届满未申请延续', '营业执照被依法吊销', '不再具备许可条件'];

/** 行政许可 (双公示): a licence granted by the district (or municipal) market-regulation bureau; a few are later changed or revoked. */
export function licenceEpisode(context: FactContext): void {
  const { random, numbers } = context;
  const organisation = context.business();
  const kind = random.pick(organisation.industry.licences);
  const day = context.workingDay(organisation.activeFrom, LAST_FACT_DAY);
  if (day === undefined) return;
  const date = dateOf(day);
  const year = yearOfDay(day);
  const prefix = kind.municipal ? '京市监许' : `京${organisation.district.short}市监许`;
  const decisionNumber = numbers.documentNumber(prefix, year);
  const serial = numbers.next(`certificate|${kind.numberPrefix}`);
  const certificateNumber =
    kind.numberPrefix === 'JY1'
      ? `JY1${organisation.district.code}${String(serial).padStart(7, '0')}`
      : `${kind.numberPrefix}${String(serial).padStart(6, '0')}`;
  context.emit('market', 'LicenceGranted', day, organisation.subject, {
    decisionNumber,
    decisionDocumentName: kind.document,
    licenceCategory: kind.category,
    certificateName: kind.certificate,
    certificateNumber,
    content: random.pick(kind.contents),
    decisionDate: date,
    validFrom: date,
    validTo: kind.years ? addYears(dateOf(day - 1), kind.years) : undefined,
    publicationDate: random.chance(0.92) ? dateOf(context.publication(day, 7)) : undefined,
    authorityName: kind.municipal ? `${CITY}市场监督管理局` : `${CITY}${organisation.district.name}市场监督管理局`,
  });

  let last = day;
  if (random.chance(0.05)) {
    const changed = context.workingDay(day + 30, Math.min(day + 400, LAST_FACT_DAY));
    if (changed !== undefined) {
      last = changed;
      const change = random.pick(CHANGES);
      context.emit('market', 'LicenceChanged', changed, organisation.subject, {
        decisionNumber,
        changeDecisionNumber: numbers.documentNumber(`${prefix}变`, yearOfDay(changed)),
        change,
        changedOn: dateOf(changed),
        validTo: change === '延续有效期' && kind.years ? addYears(dateOf(changed), kind.years) : undefined,
      });
    }
  }
  if (random.chance(0.02)) {
    const revoked = context.workingDay(last + 30, Math.min(last + 500, LAST_FACT_DAY));
    if (revoked === undefined) return;
    const reason = random.pick(REVOCATIONS);
    context.emit('market', 'LicenceRevoked', revoked, organisation.subject, {
      decisionNumber,
      revocationDecisionNumber: numbers.documentNumber(`${prefix}${reason === '申请注销' ? '注' : '撤'}`, yearOfDay(revoked)),
      reason,
      revokedOn: dateOf(revoked),
    });
  }
}
