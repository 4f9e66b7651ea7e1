/**
 * The subject decider's listing decisions under the shipped rule set, list type by list type: the fact that meets
 * a criterion is recorded with its SubjectListed (reaching the organisation's persons on a black list), the fact
 * that ends the entry with its SubjectDelisted, and 1798号 (十九): a black listing removes the red entries in force.
 */
import {
  factEventId,
  withDerivedFields,
  SUBJECT_DELISTED,
  SUBJECT_LISTED,
  type ListingRules,
  type SubjectReference,
  type SubjectStreamEvent,
} from '#credit';
import { listingRulesOf } from '#ingestion';
import { compileRuleSet } from '#rules';
import { loadShippedRuleSet } from '#runtime';
import {
  definitionOf,
  DEPARTMENT,
  ENTERPRISE,
  given,
  PERSON,
  type FactShorthand,
} from '../../libs/credit/src/subject-stream/testing/given-when-then.js';

const shipped = loadShippedRuleSet();
const rules = listingRulesOf(shipped);
const example = (type: string) => definitionOf(type).example as Record<string, unknown>;
const fact = (type: string, data: Record<string, unknown> = {}, sourceRecordId?: string): FactShorthand => ({
  type,
  data: { ...example(type), ...data },
  sourceRecordId,
});

const appointed = example('RoleAppointed') as { role: string; person: { idNumber: string }; from: string };
const LEGAL_REPRESENTATIVE = { role: appointed.role, idNumber: appointed.person.idNumber, since: appointed.from };
/** An organisation on record with its legal representative. */
const organisation = [fact('SubjectRegistered'), fact('RoleAppointed')];

interface ListTypeCase {
  readonly listType: string;
  /** The criterion the listing fact meets. */
  readonly criterion: string;
  readonly subject: SubjectReference;
  readonly listing: FactShorthand;
  /** The fact that ends the entry early; none where only the term ends it. */
  readonly exit?: FactShorthand;
  /** For a listing by decision (rule-format.md §2): the qualifying fact and the steps, recorded before it, in that order. */
  readonly before?: readonly FactShorthand[];
  /** Earlier facts of the subject the criterion reads (the ratings of the years before). */
  readonly history?: readonly FactShorthand[];
  /** Whom the listing reaches, where not the registered legal representative (a list that reaches only the persons named). */
  readonly reaches?: readonly { readonly role: string; readonly idNumber: string; readonly since: unknown }[];
}

const CASES: ListTypeCase[] = [
  {
    listType: 'a-level-taxpayer',
    criterion: 'TAXA.LIST.A_LEVEL',
    subject: ENTERPRISE,
    listing: fact('TaxCreditRated'),
    exit: fact('TaxCreditRated', { year: 2026, level: 'B', publishedOn: '2027-04-20' }),
  },
  {
    listType: 'dishonest-judgment-debtor',
    criterion: 'DJD.LIST.ABLE_BUT_REFUSES',
    subject: ENTERPRISE,
    listing: fact('DishonestDebtorListed'),
    exit: fact('DishonestDebtorDeleted'),
  },
  {
    listType: 'a-level-taxpayer-three-years',
    criterion: 'TAXA.LIST.THREE_A',
    subject: ENTERPRISE,
    history: [
      fact('TaxCreditRated', { year: 2023, publishedOn: '2024-04-20' }, 'rating-2023'),
      fact('TaxCreditRated', { year: 2024, publishedOn: '2025-04-20' }, 'rating-2024'),
    ],
    listing: fact('TaxCreditRated'),
    exit: fact('TaxCreditRated', { year: 2026, level: 'B', publishedOn: '2027-04-20' }),
  },
  {
    listType: 'major-tax-case',
    criterion: 'TAX.54.EVASION',
    subject: ENTERPRISE,
    listing: fact('MajorTaxCaseDecided'),
    exit: fact('EarlyRemovalDecided', { listingDecisionNumber: example('MajorTaxCaseDecided').decisionNumber }),
  },
  {
    // 税收征管法第四十四条: the exit ban lasts while the assessed tax is unpaid; payment in full ends it
    listType: 'tax-exit-ban',
    criterion: 'TAX.54.EVASION.UNPAID',
    subject: ENTERPRISE,
    listing: fact('MajorTaxCaseDecided'),
    exit: fact('TaxPaidInFull'),
  },
  {
    listType: 'tax-officer-ban',
    criterion: 'TAX.OFFICER.SERVED',
    subject: PERSON,
    listing: fact('CriminalSentenceServed'),
  },
  {
    // 人社部令第45号: the listing decision on a finding (群体性事件), after the order to pay, the missed deadline and the
    // notice; it reaches the 当事人 the decision names (here the legal representative), no one else
    listType: 'wage-arrears',
    criterion: 'WAGE.45.INCIDENT',
    subject: ENTERPRISE,
    before: [
      fact('WageArrearsFound', { massIncident: true }, 'finding'),
      fact('ListingNoticeServed', {}, 'notice'),
      fact('WagePaymentOrdered', {}, 'order'),
      fact('WagePaymentDeadlineMissed', {}, 'missed'),
    ],
    listing: fact('ListingDecided', {
      directlyResponsible: [{ person: { idNumber: appointed.person.idNumber, name: '测试' }, position: '法定代表人' }],
    }),
    reaches: [{ role: 'directly-responsible-person', idNumber: appointed.person.idNumber, since: example('ListingDecided').listedOn }],
    exit: fact('EarlyRemovalDecided', {}),
  },
  {
    listType: 'work-safety-accident-unit',
    criterion: 'SAFETY.LIST.MAJOR_ACCIDENT',
    subject: ENTERPRISE,
    // 安监总办〔2017〕49号 lists on the determination until 2023-09-30
    listing: fact('WorkSafetyAccidentDetermined', { deaths: 3, occurredOn: '2023-03-03', determinedOn: '2023-06-30' }),
    exit: fact('WorkSafetyRemovalApproved', { reference: example('WorkSafetyAccidentDetermined').reportNumber }),
  },
  {
    listType: 'work-safety-violation-unit',
    criterion: 'SAFETY.LIST.VIOLATION',
    subject: ENTERPRISE,
    listing: fact('WorkSafetyViolationFound', { foundOn: '2023-04-02' }),
    exit: fact('WorkSafetyRemovalApproved'),
  },
  {
    // 应急管理部令第11号: the written listing decision on a 重大 accident, after the notice
    listType: 'work-safety-serious-dishonesty',
    criterion: 'SAFETY.11.MAJOR_ACCIDENT',
    subject: ENTERPRISE,
    before: [
      fact('WorkSafetyAccidentDetermined', { deaths: 10, occurredOn: '2024-02-01', determinedOn: '2024-08-01' }, 'major-accident'),
      fact(
        'ListingNoticeServed',
        {
          listType: 'work-safety-serious-dishonesty',
          grounds: [example('WorkSafetyAccidentDetermined').reportNumber],
          servedOn: '2024-08-20',
        },
        'notice',
      ),
    ],
    listing: fact('ListingDecided', {
      listType: 'work-safety-serious-dishonesty',
      grounds: [example('WorkSafetyAccidentDetermined').reportNumber],
      basis: '应急管理部令第11号',
      listedOn: '2024-09-10',
      validUntil: '2027-09-09',
    }),
    // 应急管理部令第11号 lists the unit and the persons the decision names (主要负责人, 有关责任人员): none named here
    reaches: [],
    exit: fact('EarlyRemovalDecided', { listingDecisionNumber: example('ListingDecided').decisionNumber, decidedOn: '2025-09-10' }),
  },
  {
    // 国办发〔2019〕35号 二(一): a commitment found broken goes into the credit record as dishonesty information
    // (令第36号), on the subject alone; credit repair (its own flow) or the class's maximum period ends it
    listType: 'broken-credit-commitment',
    criterion: 'CC.BROKEN.VERIFIED',
    subject: ENTERPRISE,
    history: [fact('CreditCommitmentMade')],
    listing: fact('CreditCommitmentBroken'),
    reaches: [],
  },
  {
    listType: 'outstanding-youth-volunteer',
    criterion: 'YV.LIST.GRADE_5A',
    subject: PERSON,
    listing: fact('VolunteerServiceRated'),
    exit: fact('VolunteerServiceRated', { grade: '4A', ratedOn: '2026-09-01' }),
  },
];

/** The listing events a decision appends about one list type (a fact may decide for several). */
const eventsAbout = (events: readonly SubjectStreamEvent[], type: string, listType: string) =>
  events.filter((event) => event.type === type && 'listType' in event.data && event.data.listType === listType).map((event) => event.data);
const unique = (texts: readonly string[]) => [...new Set(texts)].join('、');

const listTypeOf = (id: string) => shipped.document.listTypes.find((listType) => listType.id === id)!;
const onSubject = (shorthand: FactShorthand, subject: SubjectReference): FactShorthand => ({ ...shorthand, subject });
const historyOf = (subject: SubjectReference, earlier: readonly FactShorthand[] = []) => [
  ...(subject.kind === 'natural-person' ? [] : organisation.map((f) => onSubject(f, subject))),
  ...earlier.map((f) => onSubject(f, subject)),
];

describe('listing decisions of the shipped rule set, for every list type', () => {
  it('every list type of the shipped rule set has a case here', () => {
    expect(CASES.map((c) => c.listType).sort()).toEqual(shipped.document.listTypes.map((listType) => listType.id).sort());
  });

  describe.each(CASES.map((c) => [`${c.listType} (${listTypeOf(c.listType).label})`, c] as const))('%s', (_, c) => {
    const listType = listTypeOf(c.listType);
    const black = listType.color === 'black';
    const listing = onSubject({ ...c.listing, sourceRecordId: `listing-${c.listType}` }, c.subject);

    const criterion = listType.criteria.find((each) => each.id === c.criterion)!;
    const listingId = factEventId(DEPARTMENT, listing.sourceRecordId!);
    const before = (c.before ?? []).map((f) => onSubject(f, c.subject));

    it(`the fact meeting ${criterion.basis.documentNumber} ${criterion.basis.clause ?? ''} is recorded with its listing, ${black ? 'reaching the legal representative' : 'reaching no one'}`, () => {
      const when = given(...historyOf(c.subject, c.history), ...before)
        .under(rules)
        .when(listing);
      when.thenRecords({ fact: listing.data });
      expect(eventsAbout(when.thenAppends(), SUBJECT_LISTED, c.listType)).toEqual([
        expect.objectContaining({
          listType: c.listType,
          color: listType.color,
          memorandum: listType.memorandum,
          criterion: c.criterion,
          causes: [listingId, ...before.map((f) => factEventId(DEPARTMENT, f.sourceRecordId!))],
          // the listing fact as the rules read it: with the fields the catalogue derives (the accident class)
          listingFact: { eventId: listingId, type: listing.type, data: withDerivedFields(definitionOf(listing.type), listing.data ?? {}) },
          basis: { documentNumber: criterion.basis.documentNumber, clause: criterion.basis.clause },
          ruleSet: { id: shipped.id, version: shipped.version },
          reaches: c.reaches ?? (black && c.subject.kind !== 'natural-person' ? [LEGAL_REPRESENTATIVE] : []),
        }),
      ]);
    });

    const endedBy = c.exit;
    if (!endedBy) it('has no exit: only its term ends it', () => expect(listType.exits ?? []).toEqual([]));
    else
      it(`the fact that ends it (${unique(listType.exits?.map((exit) => exit.basis.documentNumber) ?? [])}) is recorded with its delisting`, () => {
        const exit = onSubject({ ...endedBy, sourceRecordId: `exit-${c.listType}` }, c.subject);
        const when = given(...historyOf(c.subject, c.history), ...before, listing)
          .under(rules)
          .when(exit);
        expect(eventsAbout(when.thenAppends(), SUBJECT_DELISTED, c.listType)).toEqual([
          expect.objectContaining({ reason: 'exit', listingFactEventId: listingId, cause: factEventId(DEPARTMENT, exit.sourceRecordId!) }),
        ]);
      });

    it('a fact that meets no criterion is recorded without listing decisions', () => {
      given(...historyOf(c.subject, c.history))
        .under(rules)
        .when(onSubject(fact('PenaltyDecided'), c.subject))
        .thenLists()
        .thenDelists();
    });
  });
});

describe('1798号 (十九): a black listing removes the red entries in force', () => {
  const rating = fact('TaxCreditRated', {}, 'rating');
  const taxCase = fact('MajorTaxCaseDecided', { unpaidAssessedTax: '0.00', finalOn: '2026-05-15', determinedOn: '2026-05-15' }, 'tax-case');

  it('a red entry in force when the black listing starts is delisted for it, on the black listing’s start', () => {
    given(...organisation, rating)
      .under(rules)
      .when(taxCase)
      .thenLists({ listType: 'major-tax-case', since: '2026-05-15', reaches: [LEGAL_REPRESENTATIVE] })
      .thenDelists({ listType: 'a-level-taxpayer', reason: 'black-listing', on: '2026-05-15', cause: factEventId(DEPARTMENT, 'tax-case') });
  });

  // contradiction 10 (issue 13): black over red must not depend on the order in which facts are recorded.
  // 1798号 (十九) (http://uianet.net/dictionary/b4204512.html): "有效期内被有关部门列入'黑名单'…的，认定部门(单位)应将相关主体从'红名单'中删除".
  it('contradiction 10: black over red by dates (1798号 (十九)): recorded after the black listing, a red entry in force when it starts is still delisted on its start', () => {
    given(...organisation, taxCase)
      .under(rules)
      .when(rating)
      .thenLists({ listType: 'a-level-taxpayer', since: '2026-04-20', reaches: [] })
      .thenDelists({ listType: 'a-level-taxpayer', reason: 'black-listing', on: '2026-05-15', cause: factEventId(DEPARTMENT, 'tax-case') });
  });

  it('contradiction 10: black over red by dates (1798号 (十九)): a black listing recorded after the red one but starting before it deletes it from its first day', () => {
    given(...organisation, rating)
      .under(rules)
      .when(
        fact('MajorTaxCaseDecided', { unpaidAssessedTax: '0.00', finalOn: '2026-04-01', determinedOn: '2026-04-01' }, 'earlier-tax-case'),
      )
      .thenLists({ listType: 'major-tax-case', since: '2026-04-01' })
      .thenDelists({
        listType: 'a-level-taxpayer',
        reason: 'black-listing',
        on: '2026-04-20',
        cause: factEventId(DEPARTMENT, 'earlier-tax-case'),
      });
  });

  it('contradiction 10: black over red by dates (1798号 (十九)): a red entry starting while the black one is in force starts ended on its own start', () => {
    given(...organisation, fact('MajorTaxCaseDecided', { unpaidAssessedTax: '0.00', finalOn: '2026-04-01' }, 'earlier-tax-case'))
      .under(rules)
      .when(rating)
      .thenLists({ listType: 'a-level-taxpayer', since: '2026-04-20', reaches: [] })
      .thenDelists({
        listType: 'a-level-taxpayer',
        reason: 'black-listing',
        on: '2026-04-20',
        cause: factEventId(DEPARTMENT, 'earlier-tax-case'),
      });
  });

  it('the red entry removed by a black listing does not come back when the black one ends', () => {
    given(...organisation, rating, taxCase)
      .under(rules)
      .when(fact('EarlyRemovalDecided', { listingDecisionNumber: example('MajorTaxCaseDecided').decisionNumber }))
      .thenLists()
      .thenDelists({ listType: 'major-tax-case', reason: 'exit' });
  });
});

describe('contradiction 11: 动态调整 — a later rating of the same year is recorded and replaces the earlier one (纳税信用管理办法 第二十五条)', () => {
  const rating = fact('TaxCreditRated', {}, 'rating');
  const adjusted = fact('TaxCreditRated', { level: 'B', publishedOn: '2026-08-10' }, 'adjusted');

  it('the re-rating is recorded and delists the A entry on its publication', () => {
    const when = given(...organisation, rating)
      .under(rules)
      .when(adjusted);
    when.thenRecords({ fact: adjusted.data });
    when.thenDelists({ listType: 'a-level-taxpayer', reason: 'exit', on: '2026-08-10', cause: factEventId(DEPARTMENT, 'adjusted') });
  });
});

describe('whom a listing reaches', () => {
  const debtor = fact('DishonestDebtorListed');

  it('a black listing reaches every person holding, at the time, a role some measure of the list names, with the role and since when', () => {
    const controller = fact('RoleAppointed', {
      role: 'actual-controller',
      person: { ...appointed.person, idNumber: '110105198001010016' },
      from: '2024-01-01',
    });
    given(...organisation, controller)
      .under(rules)
      .when(debtor)
      .thenLists({
        listType: 'dishonest-judgment-debtor',
        reaches: [LEGAL_REPRESENTATIVE, { role: 'actual-controller', idNumber: '110105198001010016', since: '2024-01-01' }],
      });
  });

  it('a role no measure of the list names is not reached (法释〔2015〕17号 第三条 names no 财务负责人)', () => {
    const finance = fact('RoleAppointed', {
      role: 'finance-manager',
      person: { ...appointed.person, idNumber: '110105198001010016' },
      from: '2024-01-01',
    });
    given(...organisation, finance)
      .under(rules)
      .when(debtor)
      .thenLists({ listType: 'dishonest-judgment-debtor', reaches: [LEGAL_REPRESENTATIVE] });
  });

  it('a role that ended before the listing is not reached', () => {
    const ended = fact('RoleEnded', { role: appointed.role, person: appointed.person, to: '2026-01-31' });
    given(...organisation, ended)
      .under(rules)
      .when(debtor)
      .thenLists({ listType: 'dishonest-judgment-debtor', reaches: [] });
  });

  it('an organisation without recorded roles is listed reaching no one', () => {
    given(fact('SubjectRegistered')).under(rules).when(debtor).thenLists({ listType: 'dishonest-judgment-debtor', reaches: [] });
  });
});

describe('a rule-set activation, decided by the same decider', () => {
  const rating = fact('TaxCreditRated', {}, 'rating');
  const activation = {
    kind: 'ReevaluateUnderRuleSet',
    activationId: 'activation-1',
    subject: ENTERPRISE.code,
    effectiveFrom: '2026-06-01',
  } as const;
  const withoutRedTaxpayers: ListingRules = listingRulesOf(
    compileRuleSet({
      ...shipped.document,
      version: '2099.1',
      listTypes: shipped.document.listTypes.filter((listType) => listType.id !== 'a-level-taxpayer'),
      measures: shipped.document.measures.filter((measure) => !measure.listTypes.includes('a-level-taxpayer')),
    }),
  );

  // which-date-decides.md §3 (contradiction 12): the entry starts on its own fact's date (the rating published
  // 2026-04-20), as recording the rating under this rule set would have started it; activation never moves it.
  it('lists what the new rule set holds and nobody recorded, with the entry’s own start, not the effective date', () => {
    given(...organisation, rating)
      .when(activation, rules)
      .thenLists({ listType: 'a-level-taxpayer', since: '2026-04-20', ruleSet: { id: shipped.id, version: shipped.version } })
      .thenDelists();
  });

  it('delists what it no longer holds, on the effective date, caused by the activation', () => {
    given(...organisation, rating)
      .under(rules)
      .when(activation, withoutRedTaxpayers)
      .thenLists()
      .thenDelists({ listType: 'a-level-taxpayer', reason: 'rule-set-change', on: '2026-06-01', cause: 'activation-1' });
  });

  it('changes nothing where the lists recorded are the lists it holds', () => {
    given(...organisation, rating)
      .under(rules)
      .when(activation, rules)
      .thenLists()
      .thenDelists();
  });
});

describe('an expiry, decided by the same decider', () => {
  const rating = fact('TaxCreditRated', {}, 'rating');
  const spec = given(...organisation, rating).under(rules);
  const listed = spec.history.find((event) => event.type === SUBJECT_LISTED)!;
  const expire = {
    kind: 'ExpireEntry',
    listingEventId: listed.id,
    listType: 'a-level-taxpayer',
    listingFactEventId: factEventId(DEPARTMENT, 'rating'),
    until: '2027-04-20',
    basis: { documentNumber: '发改财金〔2016〕1467号' },
    ruleSet: { id: shipped.id, version: shipped.version },
  } as const;

  it('records the end of a fixed term once, on the term’s end, caused by the listing', () => {
    const when = spec.when(expire).thenDelists({ listType: 'a-level-taxpayer', reason: 'expired', on: '2027-04-20', cause: listed.id });
    const expired = when.thenAppends();
    expect(expired.map((event) => event.causationId)).toEqual([listed.id]);
    spec
      .and(...expired)
      .when(expire)
      .thenDelists();
  });

  it('records nothing for a listing that is not on the subject’s stream', () => {
    given(...organisation, rating)
      .when(expire)
      .thenDelists();
  });
});

describe('deciding on one history never borrows from another', () => {
  it('the same fact content in another history, under other record ids, is judged on that history', () => {
    const rating = fact('TaxCreditRated');
    const taxCase = fact('MajorTaxCaseDecided', { unpaidAssessedTax: '0.00', finalOn: '2026-05-15', determinedOn: '2026-05-15' });
    given(...organisation, { ...rating, sourceRecordId: 'first' })
      .under(rules)
      .when({ ...taxCase, sourceRecordId: 'case-1' });
    // Read back from the store: its facts are folded, not decided here.
    given(...organisation, { ...rating, sourceRecordId: 'second' })
      .when({ ...taxCase, sourceRecordId: 'case-2' }, rules)
      .thenLists({ listType: 'major-tax-case' })
      .thenDelists({ listType: 'a-level-taxpayer', reason: 'black-listing', listingFactEventId: factEventId(DEPARTMENT, 'second') });
  });
});
