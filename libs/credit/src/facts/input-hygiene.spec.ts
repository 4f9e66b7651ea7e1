import type { LocalDate } from '#kernel';
import { isSubjectKind } from '../subjects/subject-kind.js';
import { FactCatalogue } from './fact-catalogue.js';
import { validateFactInput, type FactInput, type ValidatedFact } from './validate-fact-input.js';

const catalogue = new FactCatalogue();
const TODAY = '2026-11-25' as LocalDate;
const ENTERPRISE = { kind: 'enterprise', code: '91110000600037341L', name: '测试有限公司' };
const PENALTY = catalogue.get('PenaltyDecided')!.example as Record<string, unknown>;

const penalty = (changes: Partial<Record<keyof FactInput | string, unknown>> = {}): FactInput => ({
  type: 'PenaltyDecided',
  sourceRecordId: 'cf-2026-0001',
  subject: ENTERPRISE,
  data: PENALTY,
  ...changes,
});
const withData = (changes: Record<string, unknown>) => penalty({ data: { ...PENALTY, ...changes } });
const withSubject = (changes: Record<string, unknown>) => penalty({ subject: { ...ENTERPRISE, ...changes } });
/** An own property named `name`, as JSON.parse makes it even for `__proto__`. */
const withOwn = (base: object, name: string, value: unknown) => Object.defineProperty({ ...base }, name, { value, enumerable: true });
const validate = (input: FactInput) => validateFactInput(input, catalogue, TODAY);

function fieldsRefused(result: ValidatedFact): string[] {
  if (result.ok) throw new Error('expected the input to be refused');
  return result.problems.map((p) => p.path);
}
function reasonOn(result: ValidatedFact, field: string): string {
  if (result.ok) throw new Error(`expected ${field} to be refused`);
  const problem = result.problems.find((p) => p.path === field);
  if (!problem) throw new Error(`no problem on ${field}: ${JSON.stringify(result.problems)}`);
  return problem.reason;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('Object.prototype names are never enum values, field names or kinds', () => {
  it('the table covers the names the probe used', () => {
    expect(PROTOTYPE_NAMES).toEqual(
      expect.arrayContaining(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']),
    );
  });

  describe.each(PROTOTYPE_NAMES)('%s', (name) => {
    it('is refused as an enum value (severity, a category in a list)', () => {
      expect(fieldsRefused(validate(withData({ severity: name })))).toEqual(['data.severity']);
      expect(fieldsRefused(validate(withData({ categories: [{ category: name }] })))).toEqual(['data.categories[0].category']);
    });

    it('is refused as a field name in data, on the item and in subject', () => {
      expect(fieldsRefused(validate(penalty({ data: withOwn(PENALTY, name, 'x') })))).toEqual([`data.${name}`]);
      expect(fieldsRefused(validate(withOwn(penalty(), name, 'x') as FactInput))).toEqual([name]);
      expect(fieldsRefused(validate(penalty({ subject: withOwn(ENTERPRISE, name, 'x') })))).toEqual([`subject.${name}`]);
    });

    it('is refused as a subject kind and as a legacy code name', () => {
      expect(isSubjectKind(name)).toBe(false);
      expect(fieldsRefused(validate(withSubject({ kind: name })))).toContain('subject.kind');
      expect(fieldsRefused(validate(withSubject({ legacyCodes: withOwn({}, name, '12345678-9') })))).toEqual([
        `subject.legacyCodes.${name}`,
      ]);
    });
  });
});

describe('unknown fields on the item and in subject are refused, as in data', () => {
  it.each([
    ['an extra item field', penalty({ extra: 1 }), 'extra'],
    ['an extra subject field', withSubject({ address: '北京' }), 'subject.address'],
  ])('%s', (_, input, field) => {
    expect(fieldsRefused(validate(input))).toEqual([field]);
  });
});

describe('text that cannot be stored is refused per field', () => {
  const cases: [string, FactInput, string][] = [
    ['NUL in subject.name', withSubject({ name: '北京\u0000公司' }), 'subject.name'],
    ['NUL in free text', withData({ violationFacts: '逾期\u0000未报' }), 'data.violationFacts'],
    ['lone high surrogate in free text', withData({ violationFacts: '逾期\ud800' }), 'data.violationFacts'],
    ['lone low surrogate in a name', withData({ authorityName: '\udc00局' }), 'data.authorityName'],
    ['BEL and ESC in a name', withSubject({ name: '公司\u0007\u001b[31m' }), 'subject.name'],
    ['a line break in a name', withSubject({ name: '北京\n公司' }), 'subject.name'],
    ['C1 control in free text', withData({ legalBasis: '条例\u0085第十七条' }), 'data.legalBasis'],
    ['vertical tab in free text', withData({ legalBasis: '条例\u000b第十七条' }), 'data.legalBasis'],
    ['NUL in sourceRecordId', penalty({ sourceRecordId: 'cf\u00002026' }), 'sourceRecordId'],
    [
      'NUL in a person name',
      withData({ legalRepresentative: { idNumber: '11010519491231002X', name: '张\u0000三' } }),
      'data.legalRepresentative.name',
    ],
  ];
  it.each(cases)('%s', (_, input, field) => {
    expect(reasonOn(validate(input), field)).toMatch(/control character U\+|unpaired surrogate U\+/);
  });

  it('names the code point and its position', () => {
    expect(reasonOn(validate(withSubject({ name: '北京\u0000公司' })), 'subject.name')).toContain('U+0000 at position 2');
    expect(reasonOn(validate(withData({ violationFacts: 'ab\ud800' })), 'data.violationFacts')).toContain('U+D800 at position 2');
  });

  it('free text keeps tabs and line breaks, and a paired surrogate (an emoji, a rare ideograph) is fine', () => {
    expect(validate(withData({ violationFacts: '一、逾期未报送；\r\n二、\t拒不改正 𠀀' })).ok).toBe(true);
    expect(validate(withSubject({ name: '𠮷野家餐饮有限公司' })).ok).toBe(true);
  });
});

describe('zero-width and bidi control characters are refused in names and identifiers', () => {
  const invisible = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff'];
  it.each(invisible.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))('%s', (_, c) => {
    expect(reasonOn(validate(withSubject({ name: `北京${c}公司` })), 'subject.name')).toMatch(/invisible formatting character/);
    expect(reasonOn(validate(withSubject({ name: `${c}${c}` })), 'subject.name')).toBeDefined();
    expect(reasonOn(validate(penalty({ sourceRecordId: `cf${c}2026` })), 'sourceRecordId')).toMatch(/invisible|no spaces/);
    expect(reasonOn(validate(withData({ decisionNumber: `京朝${c}罚〔2026〕1号` })), 'data.decisionNumber')).toMatch(/invisible/);
    expect(
      reasonOn(
        validate(withData({ legalRepresentative: { idNumber: '11010519491231002X', name: `张${c}三` } })),
        'data.legalRepresentative.name',
      ),
    ).toMatch(/invisible/);
  });
});

describe('dates that cannot be in the future', () => {
  it('a decision or publication date after today is refused, today is accepted', () => {
    expect(reasonOn(validate(withData({ decisionDate: '2099-01-01', publicationDate: '2099-01-02' })), 'data.decisionDate')).toContain(
      `cannot be after today (${TODAY})`,
    );
    expect(fieldsRefused(validate(withData({ decisionDate: '2026-11-20', publicationDate: '2026-11-26' })))).toEqual([
      'data.publicationDate',
    ]);
    expect(validate(withData({ decisionDate: TODAY, publicationDate: TODAY })).ok).toBe(true);
  });

  it('every past-only date of the catalogue is checked; term dates (validity, offices, deadlines) may lie ahead', () => {
    const pastOnly = catalogue.definitions.flatMap((d) =>
      Object.entries(d.fields)
        .filter(([, s]) => s.kind === 'date' && s.past)
        .map(([n]) => `${d.type}.${n}`),
    );
    const ahead = catalogue.definitions.flatMap((d) =>
      Object.entries(d.fields)
        .filter(([, s]) => s.kind === 'date' && !s.past)
        .map(([n]) => `${d.type}.${n}`),
    );
    expect(pastOnly).toEqual(
      expect.arrayContaining([
        'PenaltyDecided.decisionDate',
        'PenaltyDecided.publicationDate',
        'LicenceGranted.decisionDate',
        'SubjectRegistered.registeredOn',
      ]),
    );
    expect(ahead).toEqual(expect.arrayContaining(['LicenceGranted.validTo', 'LicenceGranted.validFrom']));
    expect(ahead.every((f) => /\.(valid\w*|dueOn|finalOn|from|to|deadline)$/.test(f))).toBe(true);
  });

  it('a publication date before the decision date is refused', () => {
    expect(reasonOn(validate(withData({ decisionDate: '2026-05-06', publicationDate: '2026-05-05' })), 'data.publicationDate')).toBe(
      'cannot be before decisionDate (2026-05-06)',
    );
    expect(validate(withData({ decisionDate: '2026-05-06', publicationDate: '2026-05-06' })).ok).toBe(true);
  });
});
