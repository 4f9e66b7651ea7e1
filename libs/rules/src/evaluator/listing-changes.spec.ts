import { fact, loadRules } from '../testing/rule-spec.js';
import { listingChanges } from './listing-changes.js';

const rules = loadRules('major-tax-cases.yaml', 'a-level-taxpayers.yaml');
const rating = fact('TaxCreditRated', { year: 2025, level: 'A', publishedOn: '2026-01-10' });
const taxCase = fact('MajorTaxCaseDecided', {
  decisionNumber: '京税稽罚〔2026〕17号',
  decisionDate: '2026-02-10',
  finalOn: '2026-03-15',
  determinedOn: '2026-03-15',
  violation: 'evasion',
  yearly: [{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }],
  unpaidAssessedTax: '1200000.00',
});

describe('what a new fact changes on the lists', () => {
  it('a rating starts a red entry, caused by it', () => {
    const changes = listingChanges([], rating, rules);
    expect(changes.started.map((e) => [e.listType, e.causes])).toEqual([['a-level-taxpayer', [rating.eventId]]]);
    expect(changes.ended).toEqual([]);
  });

  it('a major tax case starts the black entry and ends the red one (1798号 (十九))', () => {
    const changes = listingChanges([rating], taxCase, rules);
    // unpaid assessed tax: the exit-ban list starts beside the tax list (税收征管法第四十四条)
    expect(changes.started.map((e) => e.listType)).toEqual(['major-tax-case', 'tax-exit-ban']);
    expect(changes.ended.map((e) => [e.listType, e.ended?.reason, e.ended?.eventId])).toEqual([
      ['a-level-taxpayer', 'black-listing', taxCase.eventId],
    ]);
  });

  it('an approved early stop ends the black entry (令第54号: payment alone ends nothing); a fact that lists nothing changes nothing', () => {
    const stop = fact('EarlyRemovalDecided', {
      applicationNumber: '京税停申〔2026〕1号',
      listingDecisionNumber: '京税稽罚〔2026〕17号',
      outcome: 'approved',
      decidedOn: '2026-10-01',
      reason: '已缴清税款、滞纳金和罚款，且失信信息公布满六个月',
    });
    expect(listingChanges([rating, taxCase], stop, rules).ended.map((e) => [e.listType, e.ended?.on])).toEqual([
      ['major-tax-case', '2026-10-01'],
    ]);
    const licence = fact('LicenceGranted', { decisionNumber: '许〔2026〕1号' });
    const unchanged = listingChanges([rating, taxCase], licence, rules);
    expect([unchanged.started, unchanged.ended]).toEqual([[], []]);
  });
});
