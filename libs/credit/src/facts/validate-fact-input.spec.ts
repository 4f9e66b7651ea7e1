import type { LocalDate } from '#kernel';
import type { SubjectKind } from '../subjects/subject-kind.js';
import { FactCatalogue } from './fact-catalogue.js';
import type { Problem } from '#kernel';
import { validateFactInput, type FactInput, type ValidatedFact } from './validate-fact-input.js';

const catalogue = new FactCatalogue();
const TODAY = '2026-11-25' as LocalDate;

const SUBJECTS: Record<SubjectKind, { kind: SubjectKind; code: string; name: string }> = {
  enterprise: { kind: 'enterprise', code: '91110000600037341L', name: '测试有限公司' },
  'individual-business': { kind: 'individual-business', code: '92350100M000100Y40', name: '福州市某某小吃店' },
  'other-organization': { kind: 'other-organization', code: '51110000600037341Q', name: '北京市某某协会' },
  'natural-person': { kind: 'natural-person', code: '11010519491231002X', name: '张三' },
};

const example = (type: string) => catalogue.get(type)!.example;
const validate = (input: FactInput) => validateFactInput(input, catalogue, TODAY);

/** A valid penalty record, with whatever the test changes. */
const penalty = (changes: { subject?: unknown; data?: unknown; sourceRecordId?: unknown; type?: unknown } = {}): FactInput => ({
  type: 'PenaltyDecided',
  sourceRecordId: 'cf-2026-0001',
  subject: SUBJECTS.enterprise,
  data: example('PenaltyDecided'),
  ...changes,
});
const penaltyData = (changes: Record<string, unknown>) => ({ ...example('PenaltyDecided'), ...changes });
const withSubject = (changes: Record<string, unknown>) => penalty({ subject: { ...SUBJECTS.enterprise, ...changes } });

function accepted(result: ValidatedFact) {
  if (!result.ok) throw new Error(`expected the input to be accepted, got ${JSON.stringify(result.problems, null, 2)}`);
  return result.command;
}

function problemsOf(result: ValidatedFact): Problem[] {
  if (result.ok) throw new Error('expected the input to be refused');
  return result.problems;
}

/** The single problem on `field` (and no other on that field). */
function problemOn(result: ValidatedFact, field: string): Problem {
  const problems = problemsOf(result).filter((problem) => problem.path === field);
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe('validateFactInput: the catalogue examples', () => {
  const pairs = catalogue.definitions.flatMap((definition) => definition.subjectKinds.map((kind) => [definition.type, kind] as const));

  it.each(pairs)('%s: the example is a valid input about a %s', (type, kind) => {
    const command = accepted(validate({ type, sourceRecordId: 'rec-1', subject: SUBJECTS[kind], data: example(type) }));
    expect(command).toEqual({
      kind: 'RecordFact',
      definition: catalogue.get(type),
      sourceRecordId: 'rec-1',
      subject: { kind, code: SUBJECTS[kind].code, name: SUBJECTS[kind].name, legacyCodes: undefined, legacyCodeVerified: undefined },
      fact: example(type),
      flags: undefined,
    });
  });

  it('the subject’s code is trimmed and upper-cased, its name trimmed', () => {
    const command = accepted(validate(withSubject({ code: ' 91110000600037341l ', name: ' 测试有限公司 ' })));
    expect(command.subject).toMatchObject({ code: '91110000600037341L', name: '测试有限公司' });
  });

  it('a natural person’s 身份证号 is normalised too', () => {
    const command = accepted(
      validate({
        type: 'VolunteerServiceRated',
        sourceRecordId: 'v-1',
        subject: { ...SUBJECTS['natural-person'], code: '11010519491231002x' },
        data: example('VolunteerServiceRated'),
      }),
    );
    expect(command.subject.code).toBe('11010519491231002X');
  });
});

describe('validateFactInput: the envelope', () => {
  it('an unknown type is refused on `type`, listing the fact types', () => {
    const problem = problemOn(validate(penalty({ type: 'PenaltyDecreed' })), 'type');
    for (const type of catalogue.types()) expect(problem.reason).toContain(type);
  });

  it('a type that is not a string is refused on `type`', () => {
    problemOn(validate(penalty({ type: 42 })), 'type');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['with a space', 'cf 2026'],
    ['a number', 20260001],
    ['too long', 'x'.repeat(201)],
  ])('a sourceRecordId %s is refused', (_case, sourceRecordId) => {
    problemOn(validate(penalty({ sourceRecordId })), 'sourceRecordId');
  });

  it('a sourceRecordId of 200 characters is accepted', () => {
    accepted(validate(penalty({ sourceRecordId: 'x'.repeat(200) })));
  });

  it('a missing subject is refused on `subject`', () => {
    problemOn(validate(penalty({ subject: undefined })), 'subject');
  });

  it('data that is not an object is refused on `data`', () => {
    problemOn(validate(penalty({ data: ['not', 'an', 'object'] })), 'data');
    problemOn(validate(penalty({ data: undefined })), 'data');
  });
});

describe('validateFactInput: the fact’s fields', () => {
  it('an unknown field is refused, naming data.<field>', () => {
    const problem = problemOn(validate(penalty({ data: penaltyData({ penaltyAmount: '5' }) })), 'data.penaltyAmount');
    expect(problem.reason).toContain('not a field');
  });

  it('a missing required field is named with its Chinese label', () => {
    const { decisionNumber: _omitted, ...data } = example('PenaltyDecided');
    const problem = problemOn(validate(penalty({ data })), 'data.decisionNumber');
    expect(problem.reason).toContain('required');
    expect(problem.reason).toContain('行政处罚决定书文号');
  });

  it('a null required field counts as missing', () => {
    expect(problemOn(validate(penalty({ data: penaltyData({ violationFacts: null }) })), 'data.violationFacts').reason).toContain(
      '违法事实',
    );
  });

  it('an optional field may be left out', () => {
    const { fineAmount: _f, confiscationAmount: _c, ...data } = example('PenaltyDecided');
    accepted(validate(penalty({ data })));
  });

  it('a number for a decimal amount is refused: exact decimals are strings', () => {
    const problem = problemOn(validate(penalty({ data: penaltyData({ fineAmount: 5.2 }) })), 'data.fineAmount');
    expect(problem.reason).toContain('string');
    expect(problem.reason).toContain('万元');
  });

  it.each(['5.', '.5', '05.2', '5.1234567', '-5', '1e3', '5,2', ' 5.2'])('the decimal %p is refused', (fineAmount) => {
    problemOn(validate(penalty({ data: penaltyData({ fineAmount }) })), 'data.fineAmount');
  });

  it.each(['0', '0.5', '5.123456', '1234567890123456'])('the decimal %p is accepted', (fineAmount) => {
    accepted(validate(penalty({ data: penaltyData({ fineAmount }) })));
  });

  it.each(['2026-02-30', '2026-13-01', '2026-5-6', '2026/05/06', '20260506'])('the impossible date %p is refused', (decisionDate) => {
    expect(problemOn(validate(penalty({ data: penaltyData({ decisionDate }) })), 'data.decisionDate').reason).toContain('处罚决定日期');
  });

  it('29 February is a date in a leap year only', () => {
    accepted(validate(penalty({ data: penaltyData({ decisionDate: '2024-02-29' }) })));
    problemOn(validate(penalty({ data: penaltyData({ decisionDate: '2026-02-29' }) })), 'data.decisionDate');
  });

  it('an enum value outside the list is refused, listing the values', () => {
    const problem = problemOn(validate(penalty({ data: penaltyData({ severity: 'catastrophic' }) })), 'data.severity');
    expect(problem.reason).toContain('minor, general, serious');
  });

  it('an enum label instead of its value is refused', () => {
    problemOn(validate(penalty({ data: penaltyData({ severity: '一般' }) })), 'data.severity');
  });

  it('an empty or blank text is refused', () => {
    problemOn(validate(penalty({ data: penaltyData({ content: '' }) })), 'data.content');
    problemOn(validate(penalty({ data: penaltyData({ content: '   ' }) })), 'data.content');
  });

  it('a text longer than its limit is refused', () => {
    problemOn(validate(penalty({ data: penaltyData({ decisionNumber: '号'.repeat(201) }) })), 'data.decisionNumber');
    accepted(validate(penalty({ data: penaltyData({ decisionNumber: '号'.repeat(200) }) })));
  });

  it('integers are whole numbers within their range', () => {
    const rated = (stars: unknown) =>
      validate({
        type: 'VolunteerServiceRated',
        sourceRecordId: 'v-1',
        subject: SUBJECTS['natural-person'],
        data: { ...example('VolunteerServiceRated'), stars },
      });
    accepted(rated(1));
    for (const stars of [0, 6, 2.5, '5']) problemOn(rated(stars), 'data.stars');
  });

  it('a boolean must be true or false', () => {
    const input = {
      type: 'MajorTaxCaseDecided',
      sourceRecordId: 't-1',
      subject: SUBJECTS.enterprise,
      data: { ...example('MajorTaxCaseDecided'), exportRefundObtained: 'no' },
    };
    problemOn(validate(input), 'data.exportRefundObtained');
  });

  it('a tax case names as directly responsible only its finance head (2798号: 负有直接责任的财务负责人)', () => {
    const taxCase = (position: string) => ({
      type: 'MajorTaxCaseDecided',
      sourceRecordId: 't-2',
      subject: SUBJECTS.enterprise,
      data: {
        ...example('MajorTaxCaseDecided'),
        directlyResponsible: [{ person: { idNumber: '110105198001010016', name: '李四' }, position }],
      },
    });
    accepted(validate(taxCase('财务负责人')));
    problemOn(validate(taxCase('办税人员')), 'data.directlyResponsible[0].position');
  });

  describe('lists', () => {
    const taxCase = (yearly: unknown) => ({
      type: 'MajorTaxCaseDecided',
      sourceRecordId: 't-1',
      subject: SUBJECTS.enterprise,
      data: { ...example('MajorTaxCaseDecided'), yearly },
    });
    const year = { year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' };

    it('a problem inside an item names its path, like data.yearly[0].year', () => {
      problemOn(validate(taxCase([{ ...year, year: 1980 }])), 'data.yearly[0].year');
    });

    it('problems in several items are all named', () => {
      const problems = problemsOf(validate(taxCase([year, { ...year, taxPayable: 9000000 }, { ...year, extra: 1 }])));
      expect(problems.map((problem) => problem.path).sort()).toEqual(['data.yearly[1].taxPayable', 'data.yearly[2].extra']);
    });

    it('an item missing a field names it', () => {
      const { taxPayable: _t, ...incomplete } = year;
      expect(problemOn(validate(taxCase([incomplete])), 'data.yearly[0].taxPayable').reason).toContain('应纳税总额');
    });

    it('an item that is not an object is refused at its index', () => {
      problemOn(validate(taxCase([year, 'FY2025'])), 'data.yearly[1]');
    });

    it('an empty list, or one longer than allowed, is refused on the list', () => {
      problemOn(validate(taxCase([])), 'data.yearly');
      problemOn(validate(taxCase(Array.from({ length: 31 }, (_, i) => ({ ...year, year: 1990 + i })))), 'data.yearly');
      accepted(validate(taxCase(Array.from({ length: 30 }, (_, i) => ({ ...year, year: 1990 + i })))));
    });

    it('the penalty categories are checked item by item', () => {
      problemOn(
        validate(penalty({ data: penaltyData({ categories: [{ category: 'fine' }, { category: 'flogging' }] }) })),
        'data.categories[1].category',
      );
    });
  });

  describe('persons named in the fact', () => {
    const appointment = (person: unknown) => ({
      type: 'RoleAppointed',
      sourceRecordId: 'r-1',
      subject: SUBJECTS.enterprise,
      data: { ...example('RoleAppointed'), person },
    });

    it('an invalid 身份证号 names data.person.idNumber and the expected check character', () => {
      const problem = problemOn(validate(appointment({ idNumber: '110105194912310021', name: '张三' })), 'data.person.idNumber');
      expect(problem.reason).toContain('应为 X');
    });

    it('a 身份证号 with an impossible birth date is refused', () => {
      expect(problemOn(validate(appointment({ idNumber: '110105194902300020', name: '张三' })), 'data.person.idNumber').reason).toContain(
        '出生日期',
      );
    });

    it('a person without a name names data.person.name', () => {
      expect(problemOn(validate(appointment({ idNumber: '11010519491231002X' })), 'data.person.name').reason).toContain('姓名');
    });

    it('a person that is not an object is refused on data.person', () => {
      problemOn(validate(appointment('张三')), 'data.person');
    });

    it('an optional person, when given, is checked too', () => {
      const result = validate(penalty({ data: penaltyData({ legalRepresentative: { idNumber: '110105198001013015', name: '李四' } }) }));
      expect(problemOn(result, 'data.legalRepresentative.idNumber').reason).toContain('应为 4');
      accepted(validate(penalty({ data: penaltyData({ legalRepresentative: { idNumber: '110105198001013014', name: '李四' } }) })));
    });
  });
});

describe('validateFactInput: the subject', () => {
  it('an enterprise code whose check character fails is refused on subject.code, naming the expected character', () => {
    const problem = problemOn(validate(withSubject({ code: '91110000600037341X' })), 'subject.code');
    expect(problem.reason).toContain('应为 L');
    expect(problem.reason).toContain('legacyCodeVerified');
  });

  it('the same code vouched for as a genuine legacy code is accepted with a legacy-code-accepted flag', () => {
    const command = accepted(validate(withSubject({ code: '91110000600037341X', legacyCodeVerified: true })));
    expect(command.subject).toMatchObject({ code: '91110000600037341X', legacyCodeVerified: true });
    expect(command.flags).toEqual([expect.stringMatching(/^legacy-code-accepted: .*应为 L/)]);
  });

  it('a failing organisation-code check (position 17) may also be vouched for', () => {
    problemOn(validate(withSubject({ code: '91110000600037342L' })), 'subject.code');
    const command = accepted(validate(withSubject({ code: '91110000600037342L', legacyCodeVerified: true })));
    expect(command.flags).toEqual([expect.stringMatching(/^legacy-code-accepted: /)]);
  });

  it('legacyCodeVerified: false changes nothing', () => {
    problemOn(validate(withSubject({ code: '91110000600037341X', legacyCodeVerified: false })), 'subject.code');
    expect(accepted(validate(withSubject({ legacyCodeVerified: false }))).subject.legacyCodeVerified).toBeUndefined();
  });

  it('legacyCodeVerified must be a boolean', () => {
    problemOn(validate(withSubject({ legacyCodeVerified: 'yes' })), 'subject.legacyCodeVerified');
  });

  it.each([
    ['a length error', '9111000060003734'],
    ['a character error', '91110000600O37341L'],
    ['an unknown registering department', 'B1110000600037341L'],
    ['area code 000000', '91000000600037341L'],
  ])('%s is not rescued by legacyCodeVerified', (_case, code) => {
    problemOn(validate(withSubject({ code, legacyCodeVerified: true })), 'subject.code');
  });

  it('an 18-digit 身份证号 presented as an enterprise is refused on subject.code as a resident id', () => {
    const problem = problemOn(validate(withSubject({ code: '110105198001013014' })), 'subject.code');
    expect(problem.reason).toContain('居民身份证');
    expect(problemOn(validate(withSubject({ code: '110105198001013014', legacyCodeVerified: true })), 'subject.code').reason).toContain(
      '居民身份证',
    );
  });

  it('an individual business’s code declared as an enterprise is refused on subject.kind', () => {
    const problem = problemOn(validate(withSubject({ code: '92350100M000100Y40' })), 'subject.kind');
    expect(problem.reason).toContain('个体工商户');
  });

  it('an enterprise code declared as an other organisation is refused on subject.kind', () => {
    problemOn(validate(withSubject({ kind: 'other-organization' })), 'subject.kind');
  });

  it('an organisation code declared as a natural person is refused on subject.code', () => {
    problemOn(
      validate({
        type: 'HonourAwarded',
        sourceRecordId: 'h-1',
        subject: { ...SUBJECTS.enterprise, kind: 'natural-person' },
        data: example('HonourAwarded'),
      }),
      'subject.code',
    );
  });

  it('an unknown kind is refused on subject.kind, listing the kinds', () => {
    expect(problemOn(validate(withSubject({ kind: 'company' })), 'subject.kind').reason).toContain(
      'enterprise, individual-business, other-organization, natural-person',
    );
  });

  it('a missing code or name is refused', () => {
    problemOn(validate(withSubject({ code: undefined })), 'subject.code');
    problemOn(validate(withSubject({ name: '  ' })), 'subject.name');
    problemOn(validate(withSubject({ name: '名'.repeat(201) })), 'subject.name');
  });

  describe('legacy codes', () => {
    it('an organisation code that agrees with the one inside the USCC is kept as sent', () => {
      const command = accepted(
        validate(withSubject({ legacyCodes: { organizationCode: '60003734-1', registrationNumber: '110000000012345' } })),
      );
      expect(command.subject.legacyCodes).toEqual({ organizationCode: '60003734-1', registrationNumber: '110000000012345' });
      expect(command.flags).toBeUndefined();
    });

    it('an organisation code that differs from the USCC’s embedded code is refused', () => {
      const problem = problemOn(
        validate(withSubject({ legacyCodes: { organizationCode: '60003735-X' } })),
        'subject.legacyCodes.organizationCode',
      );
      expect(problem.reason).toContain('600037341');
    });

    it('a registration number from another area is accepted with a flag', () => {
      const command = accepted(validate(withSubject({ legacyCodes: { registrationNumber: '310000000012345' } })));
      expect(command.flags).toEqual([expect.stringMatching(/^area-code-differs: /)]);
    });

    it('an unknown legacy code, or a malformed one, is refused', () => {
      problemOn(validate(withSubject({ legacyCodes: { passport: 'E12345678' } })), 'subject.legacyCodes.passport');
      problemOn(validate(withSubject({ legacyCodes: { organizationCode: '6000' } })), 'subject.legacyCodes.organizationCode');
      problemOn(validate(withSubject({ legacyCodes: ['60003734-1'] })), 'subject.legacyCodes');
    });
  });

  describe('natural persons', () => {
    const rated = (code: string) =>
      validate({
        type: 'VolunteerServiceRated',
        sourceRecordId: 'v-1',
        subject: { ...SUBJECTS['natural-person'], code },
        data: example('VolunteerServiceRated'),
      });

    it('an impossible birth date is refused on subject.code', () => {
      expect(problemOn(rated('110105194902300020'), 'subject.code').reason).toContain('出生日期');
    });

    it('a birth date after today is refused', () => {
      expect(problemOn(rated('110105202701010016'), 'subject.code').reason).toContain(TODAY);
    });

    it('a wrong check character names the expected one', () => {
      expect(problemOn(rated('110105194912310021'), 'subject.code').reason).toContain('应为 X');
    });

    it('a 15-digit old number is refused', () => {
      problemOn(rated('110105491231002'), 'subject.code');
    });
  });
});

describe('validateFactInput: all problems of one input together', () => {
  it('reports the type, sourceRecordId and subject problems together', () => {
    const problems = problemsOf(
      validate({ type: 'Nope', sourceRecordId: '', subject: { kind: 'enterprise', code: '91110000600037341X', name: '' }, data: {} }),
    );
    expect(problems.map((problem) => problem.path).sort()).toEqual(['sourceRecordId', 'subject.code', 'subject.name', 'type']);
  });

  it('reports the envelope, subject and every field problem together', () => {
    const { content: _c, ...data } = example('PenaltyDecided');
    const problems = problemsOf(
      validate({
        type: 'PenaltyDecided',
        sourceRecordId: 'has space',
        subject: { kind: 'enterprise', code: '92350100M000100Y40', name: '某某' },
        data: { ...data, fineAmount: 5.2, decisionDate: '2026-02-30', severity: 'extreme', categories: [{ category: 'x' }], unknown: 1 },
      }),
    );
    expect(problems.map((problem) => problem.path).sort()).toEqual(
      [
        'sourceRecordId',
        'subject.kind',
        'data.content',
        'data.fineAmount',
        'data.decisionDate',
        'data.severity',
        'data.categories[0].category',
        'data.unknown',
      ].sort(),
    );
  });

  // A department fixing one problem must not be told about another it could have fixed in the same round.
  it('reports a person’s invalid 身份证号 together with another problem', () => {
    const problems = problemsOf(
      validate({
        type: 'RoleAppointed',
        sourceRecordId: 'r 1',
        subject: SUBJECTS.enterprise,
        data: { ...example('RoleAppointed'), person: { idNumber: '110105194912310021', name: '张三' } },
      }),
    );
    expect(problems.map((problem) => problem.path).sort()).toEqual(['data.person.idNumber', 'sourceRecordId']);
  });
});

describe('validateFactInput: legacy codes and the declared kind', () => {
  // Positions 1–2 (9 / 2 = 工商 / 个体工商户) do not depend on the check characters a department vouches for.
  it('an individual business’s legacy code declared as an enterprise is still refused on subject.kind', () => {
    problemOn(validate(withSubject({ code: '92350100M000100Y41', legacyCodeVerified: true })), 'subject.kind');
  });
});
