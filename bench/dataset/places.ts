/** The city the dataset is set in (Beijing) and the places persons come from. */

export interface District {
  /** 行政区划代码, positions 3–8 of the 统一社会信用代码 of what is registered there. */
  readonly code: string;
  readonly name: string;
  /** The one-character abbreviation in 文号 (京朝市监罚 …). */
  readonly short: string;
  /** The district court's code in case numbers ((2026)京0105执1234号). */
  readonly court: string;
  /** Relative number of registered subjects. */
  readonly weight: number;
  readonly roads: readonly string[];
}

export const CITY = '北京市';

export const DISTRICTS: readonly District[] = [
  {
    code: '110101',
    name: '东城区',
    short: '东',
    court: '0101',
    weight: 5,
    roads: ['东直门南大街', '王府井大街', '东四十条', '安定门东大街'],
  },
  {
    code: '110102',
    name: '西城区',
    short: '西',
    court: '0102',
    weight: 6,
    roads: ['西直门外大街', '金融大街', '广安门内大街', '西单北大街'],
  },
  {
    code: '110105',
    name: '朝阳区',
    short: '朝',
    court: '0105',
    weight: 20,
    roads: ['建国路', '望京街', '酒仙桥路', '朝阳北路', '东三环中路'],
  },
  {
    code: '110106',
    name: '丰台区',
    short: '丰',
    court: '0106',
    weight: 8,
    roads: ['丰台北路', '南四环西路', '科学城富丰路', '马家堡东路'],
  },
  { code: '110107', name: '石景山区', short: '石', court: '0107', weight: 3, roads: ['石景山路', '鲁谷路', '实兴大街'] },
  {
    code: '110108',
    name: '海淀区',
    short: '海',
    court: '0108',
    weight: 18,
    roads: ['中关村大街', '上地信息路', '学院路', '西三环北路', '北清路'],
  },
  { code: '110109', name: '门头沟区', short: '门', court: '0109', weight: 1, roads: ['新桥大街', '石龙经济开发区永安路'] },
  { code: '110111', name: '房山区', short: '房', court: '0111', weight: 4, roads: ['良乡拱辰大街', '长阳镇稻田南里'] },
  { code: '110112', name: '通州区', short: '通', court: '0112', weight: 7, roads: ['新华大街', '运河东大街', '宋庄镇小堡村'] },
  { code: '110113', name: '顺义区', short: '顺', court: '0113', weight: 6, roads: ['府前中街', '空港工业区天柱路', '后沙峪镇安富街'] },
  { code: '110114', name: '昌平区', short: '昌', court: '0114', weight: 7, roads: ['回龙观西大街', '科技园区超前路', '北七家镇王府街'] },
  { code: '110115', name: '大兴区', short: '兴', court: '0115', weight: 7, roads: ['兴华大街', '亦庄经济开发区科创街', '黄村镇金星路'] },
  { code: '110116', name: '怀柔区', short: '怀', court: '0116', weight: 2, roads: ['青春路', '雁栖经济开发区雁栖大街'] },
  { code: '110117', name: '平谷区', short: '平', court: '0117', weight: 2, roads: ['府前街', '马坊镇金河北街'] },
  { code: '110118', name: '密云区', short: '密', court: '0118', weight: 2, roads: ['鼓楼南大街', '经济开发区兴盛南路'] },
  { code: '110119', name: '延庆区', short: '延', court: '0119', weight: 2, roads: ['妫水北街', '八达岭经济开发区康西路'] },
];

/** Municipal bodies register foundations and decide some matters citywide; their area code is the city's. */
export const CITY_AREA_CODE = '110000';

/**
 * Birthplace area codes of persons (positions 1–6 of the 身份证号): Beijing's districts, and county-level
 * codes of other provinces for those who came to work here. Each code is a real one.
 */
export const BIRTHPLACES: readonly (readonly [string, number])[] = [
  ...DISTRICTS.map((d) => [d.code, d.weight * 3] as const),
  ['110103', 4], // 崇文区 (merged into 东城 in 2010; older cards keep it)
  ['110104', 4], // 宣武区 (merged into 西城 in 2010)
  ['110228', 2], // 密云县 (before 2015)
  ['110229', 2], // 延庆县 (before 2015)
  ['120101', 3], // 天津市和平区
  ['120104', 3], // 天津市南开区
  ['130102', 4], // 石家庄市长安区
  ['130203', 3], // 唐山市路北区
  ['130602', 3], // 保定市
  ['131082', 3], // 三河市
  ['130982', 2], // 任丘市
  ['140105', 2], // 太原市小店区
  ['150102', 2], // 呼和浩特市新城区
  ['210102', 2], // 沈阳市和平区
  ['220102', 2], // 长春市南关区
  ['230102', 2], // 哈尔滨市道里区
  ['310101', 2], // 上海市黄浦区
  ['320102', 2], // 南京市玄武区
  ['330106', 2], // 杭州市西湖区
  ['340102', 2], // 合肥市瑶海区
  ['350102', 1], // 福州市鼓楼区
  ['360102', 1], // 南昌市东湖区
  ['370102', 3], // 济南市历下区
  ['371302', 3], // 临沂市兰山区
  ['410105', 3], // 郑州市金水区
  ['410702', 2], // 新乡市红旗区
  ['411302', 3], // 南阳市宛城区
  ['420106', 2], // 武汉市武昌区
  ['430102', 2], // 长沙市芙蓉区
  ['440106', 1], // 广州市天河区
  ['450102', 1], // 南宁市兴宁区
  ['500103', 2], // 重庆市渝中区
  ['510104', 2], // 成都市锦江区
  ['520102', 1], // 贵阳市南明区
  ['530102', 1], // 昆明市五华区
  ['610103', 2], // 西安市碑林区
  ['620102', 1], // 兰州市城关区
];
