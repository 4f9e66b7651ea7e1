import type { LocalDate } from '#kernel';
import type { FactDefinition } from '../facts/fact-definition.js';
import { validateFactInput } from '../facts/validate-fact-input.js';
import { ALL_KINDS, type SubjectKind } from '../subjects/subject-kind.js';
import type { SubjectReference } from './fact-event.js';
import { catalogue, definitionOf, DEPARTMENT, ENTERPRISE, given, PERSON, type FactShorthand } from './testing/given-when-then.js';

const SUBJECTS: Record<SubjectKind, SubjectReference> = {
  enterprise: ENTERPRISE,
  'individual-business': { kind: 'individual-business', code: '92350100M000100Y40', name: '福州市某某小吃店' },
  'other-organization': { kind: 'other-organization', code: '51110000600037341Q', name: '北京市某某协会' },
  'natural-person': PERSON,
};

// The credit repair steps name a record by its event id and are judged against it (谁认定、谁修复, an application before
// a decision): their own spec is test/decider/credit-repair.spec.ts.
const REPAIR_STEPS = new Set(['CreditRepairApplied', 'CreditRepairDecided']);
const definitions = catalogue.definitions.filter((definition) => !REPAIR_STEPS.has(definition.type));
const allowedPairs = definitions.flatMap((definition) =>
  definition.subjectKinds.map((kind) => [definition.type, kind, definition] as const),
);
const refusedPairs = definitions.flatMap((definition) =>
  ALL_KINDS.filter((kind) => !definition.subjectKinds.includes(kind)).map((kind) => [definition.type, kind, definition] as const),
);
const withDecisionKey = definitions
  .filter((definition) => definition.decisionKey)
  .map((definition) => [definition.type, definition] as const);
const withReference = definitions.filter((definition) => definition.refersTo).map((definition) => [definition.type, definition] as const);
const ending = definitions.filter((definition) => definition.refersTo?.ends).map((definition) => [definition.type, definition] as const);
/** Ending facts numbered by what they end (one per earlier fact): another one is the same decision number. */
const endingByOwnNumber = ending.filter(
  ([, definition]) => !definition.decisionKey?.some((field) => definition.refersTo!.by.includes(field)),
);
const endingByItsReference = ending.filter(([, definition]) => !endingByOwnNumber.some(([type]) => type === definition.type));

const subjectFor = (definition: FactDefinition) =>
  SUBJECTS[definition.subjectKinds.includes('enterprise') ? 'enterprise' : definition.subjectKinds[0]];

/** The facts that must be on the stream before `definition`'s example can be recorded: the one it refers to, the appointment it ends. */
function prerequisites(definition: FactDefinition, subject: SubjectReference): FactShorthand[] {
  if (definition.refersTo) {
    const target = definitionOf(definition.refersTo.types[0]);
    const data: Record<string, unknown> = { ...target.example };
    definition.refersTo.by.forEach((field, i) => (data[target.decisionKey![i]] = definition.example[field]));
    return [...prerequisites(target, subject), { type: target.type, subject, data }];
  }
  if (definition.effect === 'revokes-record')
    return [{ type: 'PenaltyDecided', subject, department: 'ak-scj', sourceRecordId: 'AKSCJ-2026-0001' }];
  if (definition.type === 'RoleEnded') {
    const { role, person } = definition.example;
    return [{ type: 'RoleAppointed', subject, data: { ...definitionOf('RoleAppointed').example, role, person } }];
  }
  return [];
}

/** The example with one field that is not part of a key changed: the same record, told differently. */
function changed(definition: FactDefinition): Record<string, unknown> {
  const keys = new Set([...(definition.decisionKey ?? []), ...(definition.refersTo?.by ?? [])]);
  const [name, spec] = Object.entries(definition.fields).find(([name]) => !keys.has(name) && definition.example[name] !== undefined)!;
  const value = definition.example[name];
  const other = (() => {
    switch (spec.kind) {
      case 'text':
        return `${String(value)}（更正）`;
      case 'date':
        return value === '2026-11-20' ? '2026-11-21' : '2026-11-20';
      case 'decimal':
        return value === '1' ? '2' : '1';
      case 'integer':
        return value === spec.min ? spec.max : spec.min;
      case 'boolean':
        return !value;
      case 'enum':
        return Object.keys(spec.values).find((key) => key !== value);
      case 'person':
        return { idNumber: '110105198001013014', name: '李四' };
      case 'list':
        return (value as unknown[]).slice(0, 1).concat((value as unknown[]).slice(0, 1));
      case 'texts':
        return [...(value as string[]), '（更正）'];
    }
  })();
  return { ...definition.example, [name]: other };
}

/** The example under another decision number: a second, distinct decision of the same type. */
const datesOf = (definition: FactDefinition) =>
  Object.entries(definition.fields)
    .filter(([, spec]) => spec.kind === 'date')
    .map(([name]) => name);

function anotherDecision(definition: FactDefinition): Record<string, unknown> {
  const data: Record<string, unknown> = { ...definition.example };
  for (const field of definition.decisionKey ?? []) {
    const value = data[field];
    data[field] = typeof value === 'number' ? value + 1 : `${String(value)}之二`;
  }
  // Facts without a number of their own (a revocation, a deletion) differ by their date.
  const dateField = Object.entries(definition.fields).find(
    ([name, spec]) => spec.kind === 'date' && !definition.refersTo?.by.includes(name),
  );
  if (!definition.decisionKey && dateField) data[dateField[0]] = '2026-10-10';
  return data;
}

describe('decide: every fact type of the catalogue', () => {
  it('covers a catalogue with at least the documented fact types', () => {
    expect(definitions.length).toBeGreaterThanOrEqual(29);
    expect(refusedPairs.map(([type, kind]) => `${type}/${kind}`)).toEqual(
      expect.arrayContaining(['SubjectRegistered/natural-person', 'TaxCreditRated/natural-person', 'VolunteerServiceRated/enterprise']),
    );
  });

  it.each(allowedPairs)('%s: the example is recorded on a fresh %s', (_type, kind, definition) => {
    const subject = SUBJECTS[kind];
    given(...prerequisites(definition, subject))
      .when({ type: definition.type, subject, sourceRecordId: 'new-record' })
      .thenRecords({ subject, department: DEPARTMENT, sourceRecordId: 'new-record', fact: definition.example, flags: undefined });
  });

  it.each(refusedPairs)('%s: is not recorded for a %s', (_type, kind, definition) => {
    given().when({ type: definition.type, subject: SUBJECTS[kind] }).thenRejects('fact-not-for-subject-kind', 'subject.kind');
  });

  it.each(definitions.map((definition) => [definition.type, definition] as const))(
    '%s: the same record sent again is a duplicate of the earlier event',
    (_type, definition) => {
      const subject = subjectFor(definition);
      const before = prerequisites(definition, subject);
      const record = { type: definition.type, subject, sourceRecordId: 'rec-1' };
      given(...before, record)
        .when(record)
        .thenDuplicate(before.length);
    },
  );

  it.each(definitions.map((definition) => [definition.type, definition] as const))(
    '%s: the same sourceRecordId with other content is a conflict',
    (_type, definition) => {
      const subject = subjectFor(definition);
      given(...prerequisites(definition, subject), { type: definition.type, subject, sourceRecordId: 'rec-1' })
        .when({ type: definition.type, subject, sourceRecordId: 'rec-1', data: changed(definition) })
        .thenRejects('source-record-conflict', 'sourceRecordId');
    },
  );

  it.each(definitions.map((definition) => [definition.type, definition] as const))(
    '%s: the same sourceRecordId from another department is another record',
    (_type, definition) => {
      const subject = subjectFor(definition);
      const before = [...prerequisites(definition, subject), { type: definition.type, subject, sourceRecordId: 'rec-1' }];
      const when = given(...before).when({ type: definition.type, subject, sourceRecordId: 'rec-1', department: 'dept-b' });
      // Another department's record of the same content: a duplicate where the decision itself is known,
      // and where the same ending is reported twice (the authority and the court both report a revocation).
      if (definition.type === 'SubjectRegistered') when.thenDuplicate(before.length - 1);
      else if (definition.refersTo?.ends) when.thenDuplicate(before.length - 1);
      else if (definition.type === 'RoleAppointed') when.thenRejects('role-already-held');
      else if (definition.type === 'RoleEnded') when.thenRejects('role-not-held');
      // A record revoked once is out of the history: another revocation of it names nothing.
      else if (definition.effect === 'revokes-record') when.thenRejects('reference-not-found');
      else when.thenRecords({ department: 'dept-b', sourceRecordId: 'rec-1' });
    },
  );

  describe('decision numbers (文号, 案号 …)', () => {
    it.each(withDecisionKey)('%s: the same number with other content from the same department is refused', (_type, definition) => {
      const subject = subjectFor(definition);
      given(...prerequisites(definition, subject), { type: definition.type, subject })
        .when({ type: definition.type, subject, data: changed(definition) })
        .thenRejects('duplicate-decision-number', `data.${definition.decisionKey![0]}`);
    });

    it.each(withDecisionKey)('%s: the same decision under a new sourceRecordId is a duplicate', (_type, definition) => {
      const subject = subjectFor(definition);
      const before = prerequisites(definition, subject);
      given(...before, { type: definition.type, subject, sourceRecordId: 'rec-1' })
        .when({ type: definition.type, subject, sourceRecordId: 'rec-2' })
        .thenDuplicate(before.length);
    });

    it.each(withDecisionKey.filter(([, definition]) => !definition.refersTo?.ends))(
      '%s: the same number from another department is recorded',
      (_type, definition) => {
        const subject = subjectFor(definition);
        given(...prerequisites(definition, subject), { type: definition.type, subject })
          .when({ type: definition.type, subject, department: 'dept-b', data: changed(definition) })
          .thenRecords({ department: 'dept-b' });
      },
    );
  });

  describe('references to earlier facts', () => {
    it.each(withReference)('%s: without the fact it refers to, it is refused', (_type, definition) => {
      given()
        .when({ type: definition.type, subject: subjectFor(definition) })
        .thenRejects('reference-not-found', `data.${definition.refersTo!.by[0]}`);
    });

    it.each(withReference)('%s: a fact of the same number recorded on its own type is no reference', (_type, definition) => {
      // The earlier fact's own key is looked up by type: the same 文号 on an unrelated type does not count.
      const subject = subjectFor(definition);
      const unrelated = definitions.find(
        (other) =>
          other.decisionKey &&
          !definition.refersTo!.types.includes(other.type) &&
          other.subjectKinds.includes(subject.kind) &&
          !other.refersTo,
      )!;
      const data: Record<string, unknown> = {
        ...unrelated.example,
        [unrelated.decisionKey![0]]: definition.example[definition.refersTo!.by[0]],
      };
      given({ type: unrelated.type, subject, data }).when({ type: definition.type, subject }).thenRejects('reference-not-found');
    });

    it.each(endingByOwnNumber)('%s: once the earlier fact has ended, nothing more may end it', (_type, definition) => {
      const subject = subjectFor(definition);
      given(...prerequisites(definition, subject), { type: definition.type, subject })
        .when({ type: definition.type, subject, data: anotherDecision(definition) })
        .thenRejects('reference-ended', `data.${definition.refersTo!.by[0]}`);
    });

    it.each(endingByOwnNumber)('%s: an end recorded by another department ends it for everyone', (_type, definition) => {
      const subject = subjectFor(definition);
      given(...prerequisites(definition, subject), { type: definition.type, subject, department: 'dept-b' })
        .when({ type: definition.type, subject, data: anotherDecision(definition) })
        .thenRejects('reference-ended');
    });

    it.each(endingByItsReference)('%s: a second, different end of the same fact is refused, by any department', (_type, definition) => {
      const subject = subjectFor(definition);
      const other = { ...definition.example, ...Object.fromEntries(datesOf(definition).map((field) => [field, '2026-10-10'])) };
      given(...prerequisites(definition, subject), { type: definition.type, subject })
        .when({ type: definition.type, subject, data: other })
        .thenRejects('duplicate-decision-number', `data.${definition.decisionKey![0]}`);
      given(...prerequisites(definition, subject), { type: definition.type, subject, department: 'dept-b' })
        .when({ type: definition.type, subject, data: other })
        .thenRejects('reference-ended', `data.${definition.refersTo!.by[0]}`);
    });
  });
});

describe('decide: subject kinds', () => {
  it('refuses a volunteer rating for an enterprise', () => {
    const error = given().when({ type: 'VolunteerServiceRated' }).thenRejects('fact-not-for-subject-kind', 'subject.kind');
    expect(error.reason).toContain('自然人');
  });

  it('records a volunteer rating for a natural person', () => {
    given().when({ type: 'VolunteerServiceRated', subject: PERSON }).thenRecords({ subject: PERSON });
  });

  it('refuses a tax credit rating for a natural person', () => {
    const error = given().when({ type: 'TaxCreditRated', subject: PERSON }).thenRejects('fact-not-for-subject-kind', 'subject.kind');
    expect(error.reason).toContain('企业');
  });

  it('refuses a fact naming the subject as another kind than its history', () => {
    const asOrganization = { ...ENTERPRISE, kind: 'other-organization' as const };
    given({ type: 'PenaltyDecided' })
      .when({ type: 'InspectionResultRecorded', subject: asOrganization })
      .thenRejects('subject-kind-mismatch', 'subject.kind');
  });

  it('checks the kind of the history before telling a retry apart', () => {
    const asOrganization = { ...ENTERPRISE, kind: 'other-organization' as const };
    given({ type: 'PenaltyDecided', sourceRecordId: 'rec-1' })
      .when({ type: 'PenaltyDecided', sourceRecordId: 'rec-1', subject: asOrganization })
      .thenRejects('subject-kind-mismatch');
  });

  it('keeps the kind of the first fact even when later facts do not name the kind again', () => {
    given({ type: 'HonourAwarded', subject: PERSON }, { type: 'VolunteerServiceRated', subject: PERSON })
      .when({ type: 'PenaltyDecided', subject: { ...PERSON, kind: 'enterprise' } })
      .thenRejects('subject-kind-mismatch');
  });
});

describe('decide: source records', () => {
  it('a retry with the same sourceRecordId and content is a duplicate naming the earlier event', () => {
    const spec = given({ type: 'HonourAwarded' }, { type: 'PenaltyDecided', sourceRecordId: 'cf-2026-0001' });
    const eventId = spec.when({ type: 'PenaltyDecided', sourceRecordId: 'cf-2026-0001' }).thenDuplicate(1);
    expect(eventId).toBe(spec.events[1].id);
  });

  it('a retry whose keys are in another order is still a duplicate', () => {
    const example = definitionOf('PenaltyDecided').example;
    const reversed = Object.fromEntries(Object.entries(example).reverse());
    given({ type: 'PenaltyDecided', sourceRecordId: 'cf-1' })
      .when({ type: 'PenaltyDecided', sourceRecordId: 'cf-1', data: reversed })
      .thenDuplicate(0);
  });

  it('the same sourceRecordId with different content is a conflict', () => {
    given({ type: 'PenaltyDecided', sourceRecordId: 'cf-1' })
      .when({ type: 'PenaltyDecided', sourceRecordId: 'cf-1', data: { ...definitionOf('PenaltyDecided').example, fineAmount: '5.0' } })
      .thenRejects('source-record-conflict', 'sourceRecordId');
  });

  it('the same sourceRecordId for another fact type is a conflict', () => {
    given({ type: 'PenaltyDecided', sourceRecordId: 'cf-1' })
      .when({ type: 'HonourAwarded', sourceRecordId: 'cf-1' })
      .thenRejects('source-record-conflict');
  });
});

describe('decide: decision numbers', () => {
  const penalty = definitionOf('PenaltyDecided').example;

  it('the same 文号 from the same department with different content is refused on data.decisionNumber', () => {
    const error = given({ type: 'PenaltyDecided' })
      .when({ type: 'PenaltyDecided', data: { ...penalty, fineAmount: '6' } })
      .thenRejects('duplicate-decision-number', 'data.decisionNumber');
    expect(error.reason).toContain('京朝市监罚〔2026〕123号');
  });

  it('the same 文号 from another department is another decision', () => {
    given({ type: 'PenaltyDecided' })
      .when({ type: 'PenaltyDecided', department: 'dept-b', data: { ...penalty, authorityName: '北京市朝阳区应急管理局' } })
      .thenRecords({ department: 'dept-b' });
  });

  it('the same 文号 with the same content under a new sourceRecordId is a duplicate', () => {
    given({ type: 'PenaltyDecided', sourceRecordId: 'a' }).when({ type: 'PenaltyDecided', sourceRecordId: 'b' }).thenDuplicate(0);
  });

  it('a conflict with one department does not hide the same 文号 recorded by another', () => {
    given({ type: 'PenaltyDecided', department: 'dept-b' }, { type: 'PenaltyDecided', department: 'dept-a' })
      .when({ type: 'PenaltyDecided', department: 'dept-b', data: { ...penalty, fineAmount: '6' } })
      .thenRejects('duplicate-decision-number', 'data.decisionNumber');
  });

  it('the same 文号 on another fact type is not the same decision', () => {
    given({ type: 'PenaltyDecided' })
      .when({
        type: 'WorkSafetyViolationFound',
        data: { ...definitionOf('WorkSafetyViolationFound').example, decisionNumber: penalty.decisionNumber },
      })
      .thenRecords();
  });

  it('a tax credit rating is keyed by its year', () => {
    const rating = definitionOf('TaxCreditRated').example;
    given({ type: 'TaxCreditRated' })
      .when({ type: 'TaxCreditRated', data: { ...rating, level: 'B' } })
      .thenRejects('duplicate-decision-number', 'data.year');
    given({ type: 'TaxCreditRated' })
      .when({ type: 'TaxCreditRated', data: { ...rating, year: 2024, level: 'B' } })
      .thenRecords();
  });
});

describe('decide: registration', () => {
  it('the same registration again (under any sourceRecordId) is a duplicate', () => {
    given({ type: 'SubjectRegistered', sourceRecordId: 'reg-1' })
      .when({ type: 'SubjectRegistered', sourceRecordId: 'reg-2' })
      .thenDuplicate(0);
    given({ type: 'SubjectRegistered', department: 'dept-b' }).when({ type: 'SubjectRegistered' }).thenDuplicate(0);
  });

  it('a registration with other details is refused', () => {
    given({ type: 'SubjectRegistered' })
      .when({ type: 'SubjectRegistered', data: { ...definitionOf('SubjectRegistered').example, registeredOn: '2016-06-18' } })
      .thenRejects('already-registered', 'type');
  });

  it('a registration needs no earlier fact and may come after others', () => {
    given({ type: 'PenaltyDecided' }, { type: 'HonourAwarded' }).when({ type: 'SubjectRegistered' }).thenRecords();
  });
});

describe('decide: references', () => {
  it('a revocation of a penalty that is not recorded is refused on data.decisionNumber', () => {
    given().when({ type: 'PenaltyRevoked' }).thenRejects('reference-not-found', 'data.decisionNumber');
  });

  it('a revocation of another penalty than the recorded one is refused', () => {
    given({ type: 'PenaltyDecided' })
      .when({ type: 'PenaltyRevoked', data: { ...definitionOf('PenaltyRevoked').example, decisionNumber: '京朝市监罚〔2026〕124号' } })
      .thenRejects('reference-not-found');
  });

  it('a penalty recorded by another department may be revoked (a court revokes the authority’s penalty)', () => {
    given({ type: 'PenaltyDecided', department: 'dept-b' }).when({ type: 'PenaltyRevoked', department: 'court' }).thenRecords();
  });

  it('after the penalty is revoked it can no longer be corrected', () => {
    given({ type: 'PenaltyDecided' }, { type: 'PenaltyRevoked' })
      .when({ type: 'PenaltyCorrected' })
      .thenRejects('reference-ended', 'data.decisionNumber');
  });

  it('a correction does not end the penalty', () => {
    given({ type: 'PenaltyDecided' }, { type: 'PenaltyCorrected' }).when({ type: 'PenaltyRevoked' }).thenRecords();
  });

  it('a delisting of a listing that does not exist is refused on data.listingDecisionNumber', () => {
    given().when({ type: 'DelistingDecided' }).thenRejects('reference-not-found', 'data.listingDecisionNumber');
  });

  it('a listing delisted twice: the second delisting is refused', () => {
    const delisting = definitionOf('DelistingDecided').example;
    given({ type: 'ListingDecided' }, { type: 'DelistingDecided' })
      .when({ type: 'DelistingDecided', data: { ...delisting, decisionNumber: '京发改信移〔2026〕3号' } })
      .thenRejects('reference-ended', 'data.listingDecisionNumber');
  });

  it('the same delisting sent again is a duplicate, not a second delisting', () => {
    given({ type: 'ListingDecided' }, { type: 'DelistingDecided', sourceRecordId: 'd-1' })
      .when({ type: 'DelistingDecided', sourceRecordId: 'd-2' })
      .thenDuplicate(1);
  });

  it('a dishonest debtor’s fulfilment after the listing was deleted is refused', () => {
    given({ type: 'DishonestDebtorListed' }, { type: 'DishonestDebtorDeleted' })
      .when({ type: 'DishonestDebtorObligationFulfilled' })
      .thenRejects('reference-ended', 'data.caseNumber');
  });

  it('a fulfilment does not end the listing: the court may still delete it', () => {
    given({ type: 'DishonestDebtorListed' }, { type: 'DishonestDebtorObligationFulfilled' })
      .when({ type: 'DishonestDebtorDeleted' })
      .thenRecords();
  });

  describe('a work-safety removal refers to an accident report or to a violation decision', () => {
    const removal = definitionOf('WorkSafetyRemovalApproved').example;
    const accident = definitionOf('WorkSafetyAccidentDetermined').example;
    const violation = definitionOf('WorkSafetyViolationFound').example;

    it('refers to the accident report number', () => {
      given({ type: 'WorkSafetyAccidentDetermined' })
        .when({ type: 'WorkSafetyRemovalApproved', data: { ...removal, reference: accident.reportNumber } })
        .thenRecords();
    });

    it('refers to the violation decision number', () => {
      given({ type: 'WorkSafetyViolationFound' })
        .when({ type: 'WorkSafetyRemovalApproved', data: { ...removal, reference: violation.decisionNumber } })
        .thenRecords();
    });

    it('does not take the accident number for the violation', () => {
      given({ type: 'WorkSafetyViolationFound' })
        .when({ type: 'WorkSafetyRemovalApproved', data: { ...removal, reference: accident.reportNumber } })
        .thenRejects('reference-not-found', 'data.reference');
    });

    it('a second removal of the same accident is refused', () => {
      const approved = { ...removal, reference: accident.reportNumber };
      given({ type: 'WorkSafetyAccidentDetermined' }, { type: 'WorkSafetyRemovalApproved', data: approved })
        .when({ type: 'WorkSafetyRemovalApproved', data: { ...approved, approvedOn: '2027-05-01' } })
        .thenRejects('reference-ended', 'data.reference');
    });
  });

  it('a licence change needs the licence; after its revocation it is refused', () => {
    given().when({ type: 'LicenceChanged' }).thenRejects('reference-not-found', 'data.decisionNumber');
    given({ type: 'LicenceGranted' }).when({ type: 'LicenceChanged' }).thenRecords();
    given({ type: 'LicenceGranted' }, { type: 'LicenceRevoked' }).when({ type: 'LicenceChanged' }).thenRejects('reference-ended');
  });

  it('the same revocation reported again by the court is a duplicate of the first report', () => {
    const revocation = { ...definitionOf('PenaltyRevoked').example };
    given({ type: 'PenaltyDecided' }, { type: 'PenaltyRevoked', data: revocation })
      .when({ type: 'PenaltyRevoked', department: 'court', data: revocation })
      .thenDuplicate(1);
  });

  it('a department’s own 文号 is matched first: revoking its penalty leaves another authority’s same 文号 alone', () => {
    given(
      { type: 'PenaltyDecided', department: 'dept-a' },
      { type: 'PenaltyDecided', department: 'dept-b' },
      { type: 'PenaltyRevoked', department: 'dept-a' },
    )
      .when({ type: 'PenaltyCorrected', department: 'dept-b' })
      .thenRecords({ department: 'dept-b' });
  });

  it('a commitment is either kept or broken, not both', () => {
    given({ type: 'CreditCommitmentMade' }, { type: 'CreditCommitmentKept' })
      .when({ type: 'CreditCommitmentBroken' })
      .thenRejects('reference-ended');
  });
});

describe('decide: roles', () => {
  const appointed = definitionOf('RoleAppointed').example;
  const ended = definitionOf('RoleEnded').example;

  it('ending a role nobody was appointed to is refused', () => {
    given().when({ type: 'RoleEnded' }).thenRejects('role-not-held', 'data.person.idNumber');
  });

  it('ending another person’s role is refused', () => {
    given({ type: 'RoleAppointed' })
      .when({ type: 'RoleEnded', data: { ...ended, person: { idNumber: '110105198001013014', name: '李四' } } })
      .thenRejects('role-not-held');
  });

  it('ending another role of the same person is refused', () => {
    given({ type: 'RoleAppointed' })
      .when({ type: 'RoleEnded', data: { ...ended, role: 'finance-manager' } })
      .thenRejects('role-not-held');
  });

  it('a role ending before the appointment is refused on data.to', () => {
    const error = given({ type: 'RoleAppointed' })
      .when({ type: 'RoleEnded', data: { ...ended, to: '2019-12-31' } })
      .thenRejects('relation-end-before-start', 'data.to');
    expect(error.reason).toContain('2020-01-01');
  });

  it('a role may end on the day it began', () => {
    given({ type: 'RoleAppointed' })
      .when({ type: 'RoleEnded', data: { ...ended, to: appointed.from } })
      .thenRecords();
  });

  it('appointing the same person to a role they hold is refused', () => {
    given({ type: 'RoleAppointed' })
      .when({ type: 'RoleAppointed', data: { ...appointed, from: '2021-01-01' } })
      .thenRejects('role-already-held', 'data.person.idNumber');
  });

  it('the same person may hold two roles, and two persons the same role', () => {
    given({ type: 'RoleAppointed' })
      .when({ type: 'RoleAppointed', data: { ...appointed, role: 'finance-manager' } })
      .thenRecords();
    given({ type: 'RoleAppointed' })
      .when({ type: 'RoleAppointed', data: { ...appointed, person: { idNumber: '110105198001013014', name: '李四' } } })
      .thenRecords();
  });

  it('a person may be appointed again after the role ended', () => {
    given({ type: 'RoleAppointed' }, { type: 'RoleEnded' })
      .when({ type: 'RoleAppointed', data: { ...appointed, from: '2026-03-01' } })
      .thenRecords();
  });

  it('a role ended cannot be ended again', () => {
    given({ type: 'RoleAppointed' }, { type: 'RoleEnded' })
      .when({ type: 'RoleEnded', data: { ...ended, to: '2026-01-31' } })
      .thenRejects('role-not-held');
  });

  // Roles are keyed by the 身份证号 as stored, so validation stores it upper-cased.
  it('a role appointed with a lower-case x in the 身份证号 can be ended with an upper-case X', () => {
    const validated = (type: string, idNumber: string) => {
      const data = { ...definitionOf(type).example, person: { idNumber, name: '张三' } };
      const result = validateFactInput(
        { type, sourceRecordId: `${type}-1`, subject: ENTERPRISE, data },
        catalogue,
        '2026-11-25' as LocalDate,
      );
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return { ...result.command, department: DEPARTMENT };
    };
    const appointment = validated('RoleAppointed', '11010519491231002x');
    given({ type: 'RoleAppointed', sourceRecordId: appointment.sourceRecordId, data: appointment.fact })
      .when(validated('RoleEnded', '11010519491231002X'))
      .thenRecords();
  });

  it('the second appointment’s start is what the end is checked against', () => {
    given({ type: 'RoleAppointed' }, { type: 'RoleEnded' }, { type: 'RoleAppointed', data: { ...appointed, from: '2026-03-01' } })
      .when({ type: 'RoleEnded', data: { ...ended, to: '2026-02-01' } })
      .thenRejects('relation-end-before-start', 'data.to');
  });
});

describe('decide: role periods', () => {
  const appointment = (from: string) => ({ ...definitionOf('RoleAppointed').example, from });
  const end = (to: string) => ({ ...definitionOf('RoleEnded').example, to });

  it('a new period of the same role may not start before the last one ended', () => {
    given({ type: 'RoleAppointed', data: appointment('2020-01-01') }, { type: 'RoleEnded', data: end('2025-12-31') })
      .when({ type: 'RoleAppointed', data: appointment('2010-01-01') })
      .thenRejects('relation-periods-overlap', 'data.from');
  });

  it('a new period may start the day the last one ended, or later', () => {
    given({ type: 'RoleAppointed', data: appointment('2020-01-01') }, { type: 'RoleEnded', data: end('2025-12-31') })
      .when({ type: 'RoleAppointed', data: appointment('2025-12-31') })
      .thenRecords();
  });
});

describe('decide is pure', () => {
  it('decides the same for the same history and command, and leaves the state alone', () => {
    const spec = given({ type: 'PenaltyDecided' }, { type: 'RoleAppointed' });
    const sizes = [spec.state.sourceRecords.size, spec.state.decisions.size, spec.state.openRoles.size];
    const command = { type: 'PenaltyRevoked', sourceRecordId: 'fixed' };
    expect(spec.when(command).decision).toEqual(spec.when(command).decision);
    expect([spec.state.sourceRecords.size, spec.state.decisions.size, spec.state.openRoles.size]).toEqual(sizes);
  });

  it('passes the command’s flags through to the recorded data', () => {
    given()
      .when({ type: 'PenaltyDecided', flags: ['legacy-code-accepted: …'] })
      .thenRecords({ flags: ['legacy-code-accepted: …'] });
  });
});
