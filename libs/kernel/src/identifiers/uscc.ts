import { checkCharacterProblem, type IdentifierProblem } from './identifier-problem.js';
import { organizationCodeCheckCharacter } from './organization-code.js';
import { looksLikeResidentId } from './resident-id.js';

/**
 * 统一社会信用代码 (GB 32100-2015), 18 characters:
 * 1 registering department, 2 category, 3–8 area code, 9–17 organisation code (GB 11714), 18 check character.
 */

/** The characters GB 32100 allows: digits and capitals without I, O, S, V, Z. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const LENGTH = 18;
const CHARSET_SIZE = USCC_CHARSET.length;

type RegisteringDepartmentEntry = { readonly name: string; readonly categories: Readonly<Record<string, string>> };

/** GB 32100-2015 appendix table: registering department code → name and its category codes → names. */
export const USCC_REGISTERING_DEPARTMENTS: Readonly<Record<string, RegisteringDepartmentEntry>> = {
  '1': { name: '机构编制', categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { name: '外交', categories: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    categories: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' },
  },
  '4': { name: '文化', categories: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    name: '旅游',
    categories: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' },
  },
  '7': { name: '宗教', categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', categories: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商', categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  // [inferred] A and N come from amendments after the 2015 edition; labels not checked against the amendment text.
  A: { name: '中央军委改革和编制办公室', categories: { '1': '军队事业单位', '9': '其他' } },
  N: { name: '农业', categories: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' } },
  // [inferred] the standard gives Y a single category 1 without its own label.
  Y: { name: '其他', categories: { '1': '其他' } },
};

export type UsccSubjectKind = 'enterprise' | 'individual-business' | 'other-organization';

export type UsccRegisteringDepartment = { code: string; name: string };
export type UsccCategory = { code: string; name: string };

export type UsccProblem = IdentifierProblem<
  | 'length'
  | 'charset'
  | 'registering-department'
  | 'category'
  | 'area-code'
  | 'organization-code-check'
  | 'check-character'
  | 'looks-like-resident-id'
>;

export type UsccResult =
  | {
      ok: true;
      code: string;
      registeringDepartment: UsccRegisteringDepartment;
      category: UsccCategory;
      kind: UsccSubjectKind;
      areaCode: string;
      organizationCode: string;
    }
  | { ok: false; problem: UsccProblem };

/** The position-18 check character for the first 17 characters, or undefined if they are not 17 charset characters. */
export function usccCheckCharacter(first17: string): string | undefined {
  if (first17.length !== WEIGHTS.length) return undefined;
  let sum = 0;
  for (let index = 0; index < WEIGHTS.length; index++) {
    const value = USCC_CHARSET.indexOf(first17[index]);
    if (value < 0) return undefined;
    sum += value * WEIGHTS[index];
  }
  return USCC_CHARSET[(CHARSET_SIZE - (sum % CHARSET_SIZE)) % CHARSET_SIZE];
}

/** Checks are made in order and the first failure is reported. Only trims and upper-cases the input. */
export function validateUscc(code: string): UsccResult {
  const normalized = code.trim().toUpperCase();
  if (normalized.length !== LENGTH) {
    return failure({
      code: 'length',
      reason: `长度错误：统一社会信用代码应为18位，实际为${normalized.length}位 (length should be 18, got ${normalized.length})`,
    });
  }

  const badIndex = [...normalized].findIndex((character) => !USCC_CHARSET.includes(character));
  if (badIndex >= 0) {
    const position = badIndex + 1;
    const character = normalized[badIndex];
    return failure({
      code: 'charset',
      position,
      reason: `字符错误：第${position}位 ${character} 不是统一社会信用代码可用字符（数字及除 I、O、S、V、Z 外的大写字母）(character '${character}' at position ${position} is not allowed; I, O, S, V, Z are never used)`,
    });
  }

  // Checked before the USCC rules: a 身份证 number can pass them by chance, and when it fails them the
  // useful answer is still "this is a person", not a check-character complaint.
  if (looksLikeResidentId(normalized)) {
    return failure({
      code: 'looks-like-resident-id',
      reason:
        '该号码是居民身份证号码而非统一社会信用代码，请将主体申报为自然人 (this is a resident identity card number, not a USCC; declare the subject as a natural person)',
    });
  }

  const departmentCode = normalized[0];
  const department: RegisteringDepartmentEntry | undefined = USCC_REGISTERING_DEPARTMENTS[departmentCode];
  if (department === undefined) {
    return failure({
      code: 'registering-department',
      position: 1,
      reason: `登记管理部门代码错误：第1位 ${departmentCode} 不是 GB 32100 规定的登记管理部门代码 (unknown registering department '${departmentCode}')`,
    });
  }

  const categoryCode = normalized[1];
  const categoryName: string | undefined = department.categories[categoryCode];
  if (categoryName === undefined) {
    const allowed = Object.keys(department.categories).join('、');
    return failure({
      code: 'category',
      position: 2,
      reason: `机构类别代码错误：第2位 ${categoryCode} 不是登记管理部门 ${departmentCode}（${department.name}）下的机构类别，可用 ${allowed} (category '${categoryCode}' is not defined for registering department '${departmentCode}')`,
    });
  }

  const areaCode = normalized.slice(2, 8);
  if (!/^\d{6}$/.test(areaCode) || areaCode === '000000') {
    return failure({
      code: 'area-code',
      position: 3,
      reason: `登记管理机关行政区划码错误：第3–8位应为6位数字且不为000000，实际为 ${areaCode} (area code must be 6 digits other than 000000, got ${areaCode})`,
    });
  }

  // GB 11714 values letters A=10…Z=35, not by their USCC charset index, so it has its own function.
  const expectedOrganizationCheck = organizationCodeCheckCharacter(normalized.slice(8, 16));
  const actualOrganizationCheck = normalized[16];
  if (expectedOrganizationCheck !== actualOrganizationCheck) {
    return failure({
      code: 'organization-code-check',
      position: 17,
      expected: expectedOrganizationCheck,
      reason: `组织机构代码校验码错误：第17位应为 ${expectedOrganizationCheck}，实际为 ${actualOrganizationCheck} (organisation code check character at position 17 should be ${expectedOrganizationCheck})`,
    });
  }

  const expectedCheck = usccCheckCharacter(normalized.slice(0, 17));
  const actualCheck = normalized[17];
  if (expectedCheck !== actualCheck) {
    return failure(checkCharacterProblem(18, expectedCheck, actualCheck));
  }

  return {
    ok: true,
    code: normalized,
    registeringDepartment: { code: departmentCode, name: department.name },
    category: { code: categoryCode, name: categoryName },
    kind: subjectKind(departmentCode, categoryCode),
    areaCode,
    organizationCode: normalized.slice(8, 17),
  };
}

/** The subject kind positions 1–2 declare, whatever the check characters say; undefined if not in the table. */
export function usccDeclaredKind(code: string): UsccSubjectKind | undefined {
  const [departmentCode, categoryCode] = [code.charAt(0), code.charAt(1)];
  const department = USCC_REGISTERING_DEPARTMENTS[departmentCode];
  return department && categoryCode in department.categories ? subjectKind(departmentCode, categoryCode) : undefined;
}

function subjectKind(departmentCode: string, categoryCode: string): UsccSubjectKind {
  if (departmentCode !== '9') return 'other-organization';
  return categoryCode === '2' ? 'individual-business' : 'enterprise';
}

function failure(problem: Omit<UsccProblem, 'path'>): UsccResult {
  return { ok: false, problem: { path: '', ...problem } };
}
