import type { LocalDate } from '#kernel';
import { DepartmentRegistry, type RegistryDepartment } from './department-registry.js';

/** 深化党和国家机构改革方案 (2018): 自然资源部, 应急管理部 and the others replace the ministries they absorbed. */
const REFORM_2018 = [
  'http://xiongan.gov.cn/2018-03/21/c_129834228_3.htm',
  'http://zgyhbz.com/shownews.php?dir=0&id=4608',
  'http://m.handmsg.com/page/2018/0211/16941223.shtml',
];
const REFORM_2018_DATE = '2018-03-17' as LocalDate;
const REFORM_2018_INFERRED =
  'the pages read give the 2018 方案, not the day each new body took over; the day the NPC approved the 国务院机构改革方案 (2018-03-17) is used';
/** 党和国家机构改革方案 (2023): "组建国家金融监督管理总局，不再保留中国银行保险监督管理委员会". */
const REFORM_2023 = ['https://szb.qzwb.com/old/qzwb/html/2023-03/17/content_643790.htm'];

const ANKANG = '610900';
const ANKANG_INFERRED =
  'the name follows the standard naming of city departments after the 2018–2019 local reorganisation; no page naming this 安康 department was read';

const national = (
  id: string,
  name: string,
  aliases: string[],
  extra: Partial<Pick<RegistryDepartment, 'formerNames' | 'sources' | 'inferred'>> = {},
): RegistryDepartment => ({ id, name, aliases, level: 'national', sources: [], ...extra });

const ankang = (id: string, name: string, counterpart: string, aliases: string[] = []): RegistryDepartment => ({
  id,
  name,
  aliases,
  level: 'local',
  region: ANKANG,
  counterpart,
  sources: [],
  inferred: ANKANG_INFERRED,
});

/**
 * The departments that implement the shipped measures, national under their current names, and the
 * departments of the seed city 安康 (610900) with their national counterparts. A deployment adds its own
 * local departments here (same ids as the key-holding departments it registers).
 */
export const DEPARTMENT_REGISTRY = new DepartmentRegistry([
  national('mof', '财政部', ['财政部门']),
  national('mohrss', '人力资源社会保障部', ['人力资源和社会保障部', '人社部', '人力资源社会保障部门']),
  national('mohurd', '住房城乡建设部', ['住房和城乡建设部', '住建部', '住房城乡建设部门']),
  national('mot', '交通运输部', ['交通运输部门']),
  national('mwr', '水利部', ['水利部门']),
  national('ndrc', '国家发展改革委', ['国家发展和改革委员会', '发展改革部门']),
  national('mnr', '自然资源部', ['自然资源部门'], {
    formerNames: [{ name: '国土资源部', until: REFORM_2018_DATE, sources: REFORM_2018, inferred: REFORM_2018_INFERRED }],
    sources: REFORM_2018,
  }),
  national('mem', '应急管理部', ['应急管理部门'], {
    formerNames: [
      { name: '国家安全生产监督管理总局', until: REFORM_2018_DATE, sources: REFORM_2018, inferred: REFORM_2018_INFERRED },
      { name: '安全监管总局', until: REFORM_2018_DATE, sources: REFORM_2018, inferred: REFORM_2018_INFERRED },
    ],
    sources: REFORM_2018,
  }),
  national('samr', '国家市场监督管理总局', ['市场监管总局', '市场监督管理部门'], {
    formerNames: [{ name: '工商总局', until: REFORM_2018_DATE, sources: REFORM_2018, inferred: REFORM_2018_INFERRED }],
    sources: REFORM_2018,
  }),
  national('nia', '国家移民管理局', ['出入境管理机关', '出境管理机关'], {
    sources: REFORM_2018,
    inferred:
      '税收征管法第四十四条 names the 出境管理机关; since 2018 the exit checks are run by the 国家移民管理局 (组建 in the 2018 方案); the day of the change is not in the pages read',
  }),
  national('sasac', '国务院国有资产监督管理委员会', ['国资委']),
  national('caac', '中国民用航空局', ['民航局']),
  national('china-railway', '中国国家铁路集团有限公司', ['国铁集团'], {
    formerNames: [
      {
        name: '中国铁路总公司',
        until: '2019-06-18' as LocalDate,
        sources: ['https://0izfft.com/2013-03-17/100502516.html'],
        inferred: 'the page read shows 中国铁路总公司 formed in 2013; its renaming to 国铁集团 (2019-06-18) is from memory',
      },
    ],
    sources: ['https://0izfft.com/2013-03-17/100502516.html'],
  }),
  national('courts', '人民法院', ['执行法院', '最高人民法院'], {
    inferred:
      'the measures of the 限高 rules are decided by the executing court; 最高人民法院 (whose rules they are) is kept as a name that finds it',
  }),
  national('sta', '国家税务总局', ['税务总局', '税务机关', '税务部门']),
  national('pbc', '中国人民银行', ['人民银行', '人民银行征信中心']),
  national('nfra', '国家金融监督管理总局', ['金融监管总局'], {
    formerNames: [
      { name: '银监会', until: REFORM_2018_DATE, sources: REFORM_2018, inferred: REFORM_2018_INFERRED },
      { name: '保监会', until: REFORM_2018_DATE, sources: REFORM_2018, inferred: REFORM_2018_INFERRED },
      {
        name: '银保监会',
        until: '2023-05-18' as LocalDate,
        sources: REFORM_2023,
        inferred: 'the page read gives the 2023 方案 (2023-03); the day 国家金融监督管理总局 took over (2023-05-18) is from memory',
      },
    ],
    sources: [...REFORM_2018, ...REFORM_2023],
  }),
  national('csrc', '中国证券监督管理委员会', ['证监会']),
  national('organization-department', '中共中央组织部', ['中央组织部', '组织部门']),
  national('ncsa', '国家公务员局', ['公务员局', '公务员主管部门']),
  national('moe', '教育部', ['教育部门']),
  national('cyl', '共青团中央', ['中国共产主义青年团中央委员会']),

  ankang('ankang-finance', '安康市财政局', 'mof'),
  ankang('ankang-hrss', '安康市人力资源和社会保障局', 'mohrss'),
  ankang('ankang-housing', '安康市住房和城乡建设局', 'mohurd'),
  ankang('ankang-emergency', '安康市应急管理局', 'mem'),
  ankang('ankang-market', '安康市市场监督管理局', 'samr'),
  ankang('ankang-tax', '国家税务总局安康市税务局', 'sta'),
  ankang('ankang-court', '安康市中级人民法院', 'courts'),
]);
