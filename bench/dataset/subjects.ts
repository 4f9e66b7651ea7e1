import { addYears, dateOf, dayNumber, FIRST_FACT_DAY } from './dates.js';
import { OrganisationCodes, ResidentIds } from './identifiers.js';
import { INDUSTRIES, type Industry } from './industries.js';
import { personName, tradeName } from './names.js';
import { BIRTHPLACES, CITY, CITY_AREA_CODE, DISTRICTS, type District } from './places.js';
import { mixSeed, Random } from './prng.js';
import type { WorkingDays } from './working-days.js';

export type SubjectKind = 'enterprise' | 'individual-business' | 'other-organization' | 'natural-person';

/** Whom a fact line is about, as the line's `subject` names it. */
export interface SubjectRef {
  readonly kind: SubjectKind;
  readonly code: string;
  readonly name: string;
}

export interface Person {
  readonly index: number;
  readonly idNumber: string;
  readonly name: string;
  readonly birthDate: string;
  readonly subject: SubjectRef;
  /** How likely the person is picked for an office (a few hold several). */
  readonly officeWeight: number;
  /** How likely the person is the subject of a fact. */
  readonly activity: number;
}

export interface Office {
  readonly role: 'legal-representative' | 'principal-person' | 'actual-controller' | 'finance-manager' | 'safety-manager';
  readonly person: Person;
  readonly from: string;
  to?: string;
}

export interface Organisation {
  readonly index: number;
  /** 91 enterprise, 92 individual business, 93 farmers' cooperative, 51/52/53 social organisations. */
  readonly registeringKind: string;
  readonly subject: SubjectRef;
  readonly district: District;
  readonly industry: Industry;
  readonly registeredOn: string;
  readonly registrationAuthority: string;
  readonly legalForm: string;
  readonly address: string;
  /** Facts about it are dated from this day on. */
  readonly activeFrom: number;
  readonly activity: number;
  /** Filled in when its registration is generated. */
  readonly offices: Office[];
}

const KINDS: readonly (readonly [string, number])[] = [
  ['91', 840],
  ['92', 120],
  ['93', 10],
  ['51', 12],
  ['52', 15],
  ['53', 3],
];

const COMPANY_FORMS: readonly (readonly [string, number])[] = [
  ['有限责任公司（自然人投资或控股）', 45],
  ['有限责任公司（自然人独资）', 20],
  ['有限责任公司（法人独资）', 12],
  ['其他有限责任公司', 8],
  ['股份有限公司（非上市、自然人投资或控股）', 5],
  ['个人独资企业', 5],
  ['有限合伙企业', 3],
  ['普通合伙企业', 2],
];

const FIRST_REGISTRATION_DAY = dayNumber('1998-01-01');
const REFORM_DAY = dayNumber('2015-10-01');
const LAST_REGISTRATION_DAY = dayNumber('2026-06-30');

/** Organisations and persons as pure functions of the seed and their index: any block can name any of them. */
export class SubjectFactory {
  private readonly codes: OrganisationCodes;
  private readonly ids: ResidentIds;

  constructor(
    private readonly seed: number,
    private readonly workingDays: WorkingDays,
  ) {
    this.codes = new OrganisationCodes(mixSeed(seed, 11));
    this.ids = new ResidentIds(mixSeed(seed, 12));
  }

  get personCapacity(): number {
    return this.ids.capacity;
  }

  person(index: number): Person {
    const random = new Random(mixSeed(this.seed, 2, index));
    const { idNumber, birthDate, sex } = this.ids.of(index, random.weighted(BIRTHPLACES));
    const name = personName(random, sex);
    return {
      index,
      idNumber,
      name,
      birthDate,
      subject: { kind: 'natural-person', code: idNumber, name },
      officeWeight: random.chance(0.08) ? random.int(3, 8) : 1,
      activity: random.activity(10),
    };
  }

  organisation(index: number): Organisation {
    const random = new Random(mixSeed(this.seed, 1, index));
    const registeringKind = random.weighted(KINDS);
    const district = random.weighted(DISTRICTS.map((d) => [d, d.weight] as const));
    const industry = random.weighted(INDUSTRIES.map((i) => [i, i.weight] as const));
    const drawn = random.chance(0.85)
      ? FIRST_REGISTRATION_DAY + Math.floor(Math.sqrt(random.next()) * (FIRST_FACT_DAY - FIRST_REGISTRATION_DAY))
      : random.int(FIRST_FACT_DAY, LAST_REGISTRATION_DAY);
    const registeredDay = this.workingDays.nearest(drawn, drawn - 7, LAST_REGISTRATION_DAY);
    const registeredOn = dateOf(registeredDay);
    const areaCode = registeringKind === '53' ? CITY_AREA_CODE : district.code;
    const code = this.codes.uscc(index, registeringKind, areaCode, registeredDay >= REFORM_DAY);
    const trade = tradeName(random);
    const { name, legalForm, registrationAuthority } = describe(registeringKind, trade, district, industry, random);
    const kind: SubjectKind =
      registeringKind === '92' ? 'individual-business' : registeringKind.startsWith('9') ? 'enterprise' : 'other-organization';
    const scale = registeringKind === '91' ? 1 : registeringKind === '92' ? 0.6 : 0.3;
    return {
      index,
      registeringKind,
      subject: { kind, code, name },
      district,
      industry,
      registeredOn,
      registrationAuthority,
      legalForm,
      address: `${CITY}${district.name}${random.pick(district.roads)}${random.int(1, 399)}号${random.chance(0.5) ? `${random.int(1, 30)}号楼${random.int(1, 25)}层${random.int(101, 2599)}室` : ''}`,
      activeFrom: Math.max(FIRST_FACT_DAY, registeredDay + 14),
      activity: random.activity(30) * scale,
      offices: [],
    };
  }
}

function describe(
  registeringKind: string,
  trade: string,
  district: District,
  industry: Industry,
  random: Random,
): { name: string; legalForm: string; registrationAuthority: string } {
  const marketBureau = random.chance(0.9) ? `${CITY}${district.name}市场监督管理局` : `${CITY}市场监督管理局`;
  switch (registeringKind) {
    case '92':
      return {
        name: `${CITY}${district.name}${trade}${random.pick(industry.shop)}`,
        legalForm: '个体工商户',
        registrationAuthority: `${CITY}${district.name}市场监督管理局`,
      };
    case '93':
      return {
        name: `北京${trade}${random.pick(['种植', '养殖', '果品', '蔬菜'])}专业合作社`,
        legalForm: '农民专业合作社',
        registrationAuthority: marketBureau,
      };
    case '51':
      return {
        name: `北京${trade}${random.pick(['餐饮行业', '物业管理', '电子商务', '文化创意', '家政服务'])}协会`,
        legalForm: '社会团体',
        registrationAuthority: `${CITY}${district.name}民政局`,
      };
    case '52':
      return {
        name: `${CITY}${district.name}${trade}${random.pick(['社会工作服务中心', '养老服务中心', '职业技能培训学校', '社区服务中心'])}`,
        legalForm: '民办非企业单位',
        registrationAuthority: `${CITY}${district.name}民政局`,
      };
    case '53':
      return {
        name: `北京${trade}${random.pick(['公益', '教育', '慈善'])}基金会`,
        legalForm: '基金会',
        registrationAuthority: `${CITY}民政局`,
      };
    default: {
      const legalForm = random.weighted(COMPANY_FORMS);
      const line = random.pick(industry.company);
      const name = legalForm.startsWith('股份')
        ? `北京${trade}${line}股份有限公司`
        : legalForm.includes('有限责任公司')
          ? `北京${trade}${line}有限公司`
          : legalForm === '个人独资企业'
            ? `北京${trade}${line}中心`
            : `北京${trade}${line}中心（${legalForm === '有限合伙企业' ? '有限合伙' : '普通合伙'}）`;
      return { name, legalForm, registrationAuthority: marketBureau };
    }
  }
}

/** The first day a person may hold an office: their 18th birthday, and not before the organisation exists. */
export function officeStart(person: Person, organisation: Organisation): string {
  const adult = addYears(person.birthDate, 18);
  return adult > organisation.registeredOn ? adult : organisation.registeredOn;
}
