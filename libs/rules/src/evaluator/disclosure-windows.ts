import { addDays, addMonths, isValidLocalDate, type LocalDate } from '#kernel';

/** Why a record is public for as long as it is: the text read, or `inferred` with the reason where none settles it. */
export interface DisclosureBasis {
  readonly documentNumber: string;
  readonly clause: string;
  readonly inferred?: string;
}

/** How long a licence or an inspection result stays on the public site: from, and (exclusive) until; no until: 长期. */
export interface DisclosureWindow {
  readonly from: LocalDate;
  readonly until?: LocalDate;
  readonly basis: DisclosureBasis;
}

/** 双随机 results stay public this long: the longest period the national rules give any 双公示 record (令第36号 严重). */
export const INSPECTION_PUBLICATION_MONTHS = 36;

const LICENCE_BASIS: DisclosureBasis = {
  documentNumber: '发改电〔2015〕557号',
  clause:
    '行政许可信息自作出行政决定之日起7个工作日内上网公开（公示多久未见规定：公示至有效期届满，无有效期的长期公示，撤销、注销、吊销即停止，inferred）',
  inferred:
    'only the 7-working-day start is read (557号; 发改办财金〔2018〕424号 opening, docs/law/double-publicity.md); no national ' +
    'text read sets how long a licence stays ' +
    'public. A licence is not 失信信息, so 令第36号’s periods do not apply; it is shown while it is in force (to 有效期至, ' +
    'or without end where none is set), as the 双公示 data standard’s 许可截止期 / 公示截止期 fields suggest',
};

const INSPECTION_BASIS: DisclosureBasis = {
  documentNumber: '企业信息公示暂行条例 第十四条',
  clause: '抽查结果通过企业信用信息公示系统向社会公布（公示多久未见规定：3年，inferred）',
  inferred:
    '第十四条 is read as quoted in English (http://www.plnmw.com/ClothingCompany/zewdccytge.html); the 20-working-day start ' +
    'is 冀政办发〔2015〕22号 as quoted in docs/law/double-publicity.md; 国发〔2019〕5号 was searched, its text not found. None ' +
    'read says for how long a result stays public. 3 years: the longest period the national rules give ' +
    'any 双公示 record (令第58号, 令第36号 严重); a result is not 失信信息 and should not outlast a serious penalty',
};

/**
 * A licence is public from its decision date while it is in force: to the day after 有效期至 (`validTo`), without end
 * where it has none. A revocation or a change of term is applied by the caller (it ends or moves `until`).
 */
export function licenceWindow(fact: Readonly<Record<string, unknown>>): DisclosureWindow | undefined {
  const from = fact.decisionDate;
  if (typeof from !== 'string' || !isValidLocalDate(from)) return undefined;
  const until = licenceUntil(fact.validTo);
  return { from: from as LocalDate, ...(until && { until }), basis: LICENCE_BASIS };
}

/** The exclusive end of a licence's publication for its (possibly changed) 有效期至. */
export function licenceUntil(validTo: unknown): LocalDate | undefined {
  return typeof validTo === 'string' && isValidLocalDate(validTo) ? addDays(validTo as LocalDate, 1) : undefined;
}

/** A 双随机 result is public from the inspection date for INSPECTION_PUBLICATION_MONTHS. */
export function inspectionWindow(fact: Readonly<Record<string, unknown>>): DisclosureWindow | undefined {
  const from = fact.inspectedOn;
  if (typeof from !== 'string' || !isValidLocalDate(from)) return undefined;
  return { from: from as LocalDate, until: addMonths(from as LocalDate, INSPECTION_PUBLICATION_MONTHS), basis: INSPECTION_BASIS };
}
