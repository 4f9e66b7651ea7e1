import { procurementBan } from './rule-spec.js';
/**
 * A small synthetic rule set for the generic specs of regimes and decided listings (rule-format.md §1, §2):
 * one list type under two regimes, the later one listing by a decision after a notice. Dates and
 * thresholds are illustrative, not the law.
 */
const basis = { documentNumber: '测试', sources: ['https://example.org/regimes'] };

const decision = {
  fact: 'ListingDecided',
  where: [{ field: 'listType', equals: 'test-wage' }],
  by: ['grounds'],
  matches: ['decisionNumber'],
  on: 'listedOn',
};
const notice = {
  id: 'notice-served',
  description: '告知拟列入',
  fact: 'ListingNoticeServed',
  by: ['grounds'],
  matches: ['decisionNumber'],
  on: 'servedOn',
};

export const OLD_REGIME_FROM = '2018-01-01';
export const NEW_REGIME_FROM = '2022-01-01';

export const decidedWagePart = {
  regimes: [
    {
      id: 'test-old',
      documentNumber: '旧办法',
      title: '旧办法',
      issuedBy: '测试部门',
      effectiveFrom: OLD_REGIME_FROM,
      effectiveUntil: NEW_REGIME_FROM,
      decidingDate: '列入决定作出之日',
      sources: ['https://example.org/old'],
    },
    {
      id: 'test-new',
      documentNumber: '新办法',
      title: '新办法',
      issuedBy: '测试部门',
      effectiveFrom: NEW_REGIME_FROM,
      decidingDate: '列入决定作出之日',
      sources: ['https://example.org/new'],
    },
  ],
  memoranda: [
    {
      id: 'test-wage',
      title: '拖欠工资测试',
      kind: 'punishment',
      signatories: ['人社部'],
      listTypes: ['test-wage'],
      sources: ['https://example.org/regimes'],
    },
  ],
  listTypes: [
    {
      id: 'test-wage',
      label: '拖欠工资测试名单',
      color: 'black',
      reachesPersons: 'held-when-listed',
      memorandum: 'test-wage',
      initiatingDepartments: ['人社部'],
      criteria: [
        {
          id: 'WAGE.OLD',
          regime: 'test-old',
          fact: 'WageArrearsFound',
          where: [{ field: 'amount', threshold: { 以上: '100000', unit: '元' } }],
          decision,
          since: 'foundOn',
          basis,
        },
        {
          id: 'WAGE.NEW.AMOUNT',
          regime: 'test-new',
          fact: 'WageArrearsFound',
          where: [{ field: 'amount', threshold: { 以上: '200000', unit: '元' } }],
          decision,
          steps: [notice],
          since: 'foundOn',
          basis,
        },
        {
          id: 'WAGE.NEW.INCIDENT',
          regime: 'test-new',
          fact: 'WageArrearsFound',
          where: [{ field: 'massIncident', equals: true }],
          decision,
          steps: [notice],
          since: 'foundOn',
          basis,
        },
      ],
      terms: [
        { regime: 'test-old', kind: 'fixed', years: 1, basis },
        { regime: 'test-new', kind: 'fixed', years: 3, basis },
      ],
      exits: [
        {
          fact: 'DelistingDecided',
          regime: 'test-new',
          by: ['listingDecisionNumber'],
          matches: ['decisionNumber'],
          on: 'delistedOn',
          basis,
        },
      ],
    },
  ],
  measures: [procurementBan('TESTWAGE.PROCUREMENT', 'test-wage', ['test-wage'], basis)],
};
