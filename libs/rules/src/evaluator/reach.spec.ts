import type { RoleHeld } from '#credit';
import type { LocalDate } from '#kernel';
import { fact, loadRules } from '../testing/rule-spec.js';
import { compileRuleSet, type CompiledRuleSet } from './compiled-rule-set.js';
import { listEntries, type FactRecord } from './list-entries.js';
import { measureList } from './measure-list.js';
import { entriesReaching, personsReached } from './reach.js';
import type { RoleTiming } from '../rule-set/vocabulary.js';

const heldWhenListed = loadRules('dishonest-judgment-debtors.yaml');
const withTiming = (rules: CompiledRuleSet, timing: RoleTiming) =>
  compileRuleSet({ ...rules.document, listTypes: rules.document.listTypes.map((l) => ({ ...l, reachesPersons: timing })) });
const heldWhileListed = withTiming(heldWhenListed, 'held-while-listed');

const PERSON = '11010519491231002X';
const OTHER = '110105198001010016';
let sequence = 0;
/** A court listing on 2026-06-15 (法释〔2017〕7号), with whatever else the decision says. */
const listing = (extra: Record<string, unknown> = {}) =>
  fact('DishonestDebtorListed', {
    caseNumber: `（2026）京0105执${++sequence}号`,
    courtName: '北京市朝阳区人民法院',
    ground: 'able-but-refuses',
    obligation: '支付货款人民币 120000 元及利息',
    basisDocumentNumber: '（2025）京0105民初5678号',
    listedOn: '2026-06-15',
    ...extra,
  });
const deletion = (listed: FactRecord, deletedOn: string) =>
  fact('DishonestDebtorDeleted', { caseNumber: listed.data.caseNumber, reason: '全部履行完毕', deletedOn });
const held = (from: string, until?: string, role: RoleHeld['role'] = 'legal-representative'): RoleHeld => ({
  role,
  idNumber: PERSON,
  from: from as LocalDate,
  until: until as LocalDate | undefined,
});
const entryOf = (facts: FactRecord[], rules = heldWhenListed) => listEntries(facts, rules)[0];

describe('personsReached under held-when-listed (the shipped lists): the roles held on the entry’s since', () => {
  it.each([
    ['held since long before, still held', true, held('2020-01-01')],
    ['taken up on the listing day', true, held('2026-06-15')],
    ['taken up the day after', false, held('2026-06-16')],
    ['left on the listing day (离任日期 2026-06-15: not held that day)', false, held('2020-01-01', '2026-06-15')],
    ['left the day after the listing', true, held('2020-01-01', '2026-06-16')],
    ['left before the listing', false, held('2020-01-01', '2026-01-01')],
    ['left after the listing, before asOf', true, held('2020-01-01', '2026-07-01')],
  ])('%s → reached: %s', (_case, reached, role) => {
    expect(personsReached(entryOf([listing()]), [role], heldWhenListed)).toEqual(
      reached ? [{ idNumber: PERSON, role: 'legal-representative', from: '2026-06-15', roleSince: role.from }] : [],
    );
  });

  it('a person who left the role after the listing still bears its measures (a former representative applies to the court to be released)', () => {
    const entry = entryOf([listing()]);
    const through = entriesReaching(
      PERSON,
      [{ subject: 'E', entries: [entry], roles: [held('2020-01-01', '2026-07-01')] }],
      heldWhenListed,
    );
    const list = measureList([], through, true, { asOf: '2026-09-01' as LocalDate }, heldWhenListed);
    expect(list.measures.map((m) => m.id).sort()).toEqual(['DJD.AIR_RAIL', 'DJD.HOTEL_LUXURY']);
  });

  it('reaches only through roles some measure of the list names: 141号 names no finance manager', () => {
    expect(personsReached(entryOf([listing()]), [held('2020-01-01', undefined, 'finance-manager')], heldWhenListed)).toEqual([]);
  });

  it('a later period of the same role counts from its own start; two periods give one reach', () => {
    const periods = [held('2019-01-01', '2026-06-16'), held('2026-06-16')];
    expect(personsReached(entryOf([listing()]), periods, heldWhenListed)).toEqual([
      { idNumber: PERSON, role: 'legal-representative', from: '2026-06-15', roleSince: '2019-01-01' },
    ]);
  });

  it('a list type that reaches no one through a role (reachesPersons: none) reaches no one, whatever the roles', () => {
    const none = withTiming(heldWhenListed, 'none');
    const named = listing({ directlyResponsible: [{ person: { idNumber: OTHER, name: '李四' }, position: '财务负责人' }] });
    expect(personsReached(entryOf([named], none), [held('2020-01-01')], none)).toEqual([]);
  });
});

describe('personsReached under held-while-listed: also the roles taken up while the entry lasts', () => {
  it.each([
    ['taken up the day after the listing', '2026-06-16', held('2026-06-16')],
    ['held on the listing day', '2026-06-15', held('2020-01-01')],
    ['taken up on the day the entry ends', 'never', held('2027-01-10')],
    ['taken up after the entry ended', 'never', held('2027-02-01')],
    ['left before the listing', 'never', held('2020-01-01', '2026-06-15')],
  ])('%s → reached from %s', (_case, from, role) => {
    const listed = listing();
    const entry = entryOf([listed, deletion(listed, '2027-01-10')], heldWhileListed);
    expect(personsReached(entry, [role], heldWhileListed)).toEqual(
      from !== 'never' ? [{ idNumber: PERSON, role: 'legal-representative', from, roleSince: role.from }] : [],
    );
  });

  it('measures reach a later appointee only from the day they take up the role', () => {
    const entry = entryOf([listing()], heldWhileListed);
    const through = entriesReaching(PERSON, [{ subject: 'E', entries: [entry], roles: [held('2026-08-01')] }], heldWhileListed);
    const on = (asOf: string) => measureList([], through, true, { asOf: asOf as LocalDate }, heldWhileListed);
    expect(on('2026-07-31').measures).toEqual([]);
    expect(on('2026-07-31').reachedThrough.map((r) => r.status)).toEqual(['not-yet']);
    expect(
      on('2026-08-01')
        .measures.map((m) => m.id)
        .sort(),
    ).toEqual(['DJD.AIR_RAIL', 'DJD.HOTEL_LUXURY']);
  });
});

describe('persons the deciding department found directly responsible', () => {
  const named = listing({ directlyResponsible: [{ person: { idNumber: OTHER, name: '李四' }, position: '项目经理' }] });
  const silent = listing();

  it('are reached by the entry whose decision named them, from its since, without any role recorded', () => {
    expect(personsReached(entryOf([named]), [], heldWhenListed)).toEqual([
      { idNumber: OTHER, role: 'directly-responsible-person', from: '2026-06-15', roleSince: '2026-06-15' },
    ]);
  });

  it('only through that entry: another listing of the same organisation does not reach them', () => {
    const entries = listEntries([named, silent], heldWhenListed);
    expect(entries).toHaveLength(2);
    const through = entriesReaching(OTHER, [{ subject: 'E', entries, roles: [] }], heldWhenListed);
    expect(through.map((t) => [t.entry.listingFact.eventId, t.role])).toEqual([[named.eventId, 'directly-responsible-person']]);
  });

  it('bear the measures that name 负有直接责任的人员', () => {
    const through = entriesReaching(OTHER, [{ subject: 'E', entries: [entryOf([named])], roles: [] }], heldWhenListed);
    const list = measureList([], through, true, { asOf: '2026-07-01' as LocalDate }, heldWhenListed);
    expect(list.measures.map((m) => [m.id, m.because[0].role])).toEqual([
      ['DJD.AIR_RAIL', 'directly-responsible-person'],
      ['DJD.HOTEL_LUXURY', 'directly-responsible-person'],
    ]);
  });
});
