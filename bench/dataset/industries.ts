/**
 * What a market-regulation bureau decides about a business, by line of business: the licences it grants,
 * the violations it punishes and the matters its random inspections check.
 */

export interface LicenceKind {
  readonly document: string;
  readonly category: string;
  readonly certificate: string;
  /** Prefix of the licence number; a counter completes it. */
  readonly numberPrefix: string;
  readonly contents: readonly string[];
  /** Granted by the municipal bureau, not the district's. */
  readonly municipal?: true;
  /** Years of validity; absent: no end date. */
  readonly years?: number;
}

export interface Violation {
  readonly type: string;
  readonly facts: readonly string[];
  readonly basis: string;
  /** Also committed by natural persons (unlicensed traders, counterfeit sellers). */
  readonly persons?: true;
}

export interface Industry {
  /** For company names: 北京{字号}{company}有限公司. */
  readonly company: readonly string[];
  /** For individual businesses: {区}{字号}{shop}. */
  readonly shop: readonly string[];
  readonly weight: number;
  readonly licences: readonly LicenceKind[];
  readonly violations: readonly Violation[];
}

const FOOD_BUSINESS: LicenceKind = {
  document: '食品经营许可决定书',
  category: '普通',
  certificate: '食品经营许可证',
  numberPrefix: 'JY1',
  contents: [
    '预包装食品销售（含冷藏冷冻食品）',
    '散装食品销售（不含冷藏冷冻食品）',
    '热食类食品制售',
    '冷食类食品制售',
    '糕点类食品制售（不含裱花蛋糕）',
    '自制饮品制售（不含自酿酒）',
  ],
  years: 5,
};
const FOOD_BUSINESS_PROMISE: LicenceKind = { ...FOOD_BUSINESS, category: '告知承诺' };
const FOOD_PRODUCTION: LicenceKind = {
  document: '食品生产许可决定书',
  category: '普通',
  certificate: '食品生产许可证',
  numberPrefix: 'SC1',
  contents: ['糕点（热加工糕点）', '饮料（瓶（桶）装饮用水类）', '方便食品（调味面制品）', '速冻食品（速冻面米食品）', '调味品（酱类）'],
  municipal: true,
  years: 5,
};
const INDUSTRIAL_PRODUCT: LicenceKind = {
  document: '全国工业产品生产许可决定书',
  category: '重要工业产品',
  certificate: '全国工业产品生产许可证',
  numberPrefix: '（京）XK06-',
  contents: [
    '电线电缆（额定电压450/750V及以下聚氯乙烯绝缘电缆）',
    '危险化学品（涂料）',
    '建筑用钢筋',
    '人民币鉴别仪',
    '预应力混凝土铁路桥简支梁',
  ],
  municipal: true,
  years: 5,
};
const SPECIAL_EQUIPMENT: LicenceKind = {
  document: '特种设备使用登记决定书',
  category: '特种设备使用登记',
  certificate: '特种设备使用登记证',
  numberPrefix: '梯11京',
  contents: ['乘客电梯使用登记', '自动扶梯使用登记', '固定式压力容器使用登记', '场（厂）内专用机动车辆使用登记'],
};
const ADVERTISING: LicenceKind = {
  document: '广告发布登记决定书',
  category: '广告发布登记',
  certificate: '广告发布登记证明',
  numberPrefix: '京广登',
  contents: ['户外广告发布', '广播电视广告发布', '报刊广告发布', '互联网广告发布'],
  municipal: true,
  years: 3,
};
const TESTING_LAB: LicenceKind = {
  document: '检验检测机构资质认定决定书',
  category: '资质认定',
  certificate: '检验检测机构资质认定证书',
  numberPrefix: '2401',
  contents: ['建筑材料检测', '食品检验', '环境监测', '机动车安全技术检验'],
  municipal: true,
  years: 6,
};
const MEASUREMENT: LicenceKind = {
  document: '计量标准考核决定书',
  category: '计量标准考核',
  certificate: '计量标准考核证书',
  numberPrefix: '［2024］京量标企证字第',
  contents: ['压力表检定装置', '衡器检定装置', '出租汽车计价器检定装置'],
  municipal: true,
  years: 4,
};

const SUBSTANDARD_FOOD: Violation = {
  type: '销售不符合食品安全标准的食品',
  facts: [
    '当事人销售的一批次食品经抽样检验，菌落总数项目不符合食品安全国家标准。',
    '当事人销售的蔬菜经抽样检验，农药残留项目不符合食品安全国家标准。',
    '当事人销售的熟肉制品经抽样检验，防腐剂项目超出标准限量。',
  ],
  basis: '《中华人民共和国食品安全法》第一百二十四条第一款',
};
const UNLICENSED_FOOD: Violation = {
  type: '未取得食品经营许可从事食品经营活动',
  facts: ['当事人未取得食品经营许可，在经营场所内制售热食类食品。', '当事人未取得食品经营许可，通过网络平台销售自制食品。'],
  basis: '《中华人民共和国食品安全法》第一百二十二条第一款',
  persons: true,
};
const EXPIRED_FOOD: Violation = {
  type: '经营超过保质期的食品',
  facts: ['执法人员现场检查发现当事人货架上陈列销售超过保质期的预包装食品。'],
  basis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
};
const PURCHASE_RECORDS: Violation = {
  type: '未按规定建立并遵守进货查验记录制度',
  facts: ['当事人未查验供货者的许可证和食品出厂检验合格证，亦未建立进货查验记录。'],
  basis: '《中华人民共和国食品安全法》第一百二十六条第一款第（三）项',
};
const FALSE_ADVERTISING: Violation = {
  type: '发布虚假广告',
  facts: [
    '当事人在其网站发布的广告中使用虚构的销售数据和用户评价，欺骗、误导消费者。',
    '当事人发布的广告中宣称产品具有疾病治疗功能，与实际情况不符。',
  ],
  basis: '《中华人民共和国广告法》第五十五条第一款',
};
const MISLEADING_PROMOTION: Violation = {
  type: '虚假或者引人误解的商业宣传',
  facts: ['当事人对其商品的性能、功能作虚假的商业宣传。', '当事人通过组织虚假交易帮助其他经营者进行虚假商业宣传。'],
  basis: '《中华人民共和国反不正当竞争法》第二十条第一款',
};
const PRICE_MARKING: Violation = {
  type: '不按规定明码标价',
  facts: ['当事人经营场所内部分商品未标明价格。', '当事人在标价之外加价出售商品。'],
  basis: '《中华人民共和国价格法》第四十二条',
  persons: true,
};
const SUBSTANDARD_PRODUCT: Violation = {
  type: '销售不合格产品',
  facts: ['当事人销售的电线电缆经监督抽查，导体电阻项目不合格。', '当事人销售的儿童玩具经监督抽查，可触及锐利边缘项目不合格。'],
  basis: '《中华人民共和国产品质量法》第五十条',
};
const TRADEMARK: Violation = {
  type: '销售侵犯注册商标专用权的商品',
  facts: ['当事人销售标有他人注册商标的运动鞋，经商标权利人鉴定为侵权商品。', '当事人销售的箱包使用了与他人注册商标近似的标识。'],
  basis: '《中华人民共和国商标法》第六十条第二款',
  persons: true,
};
const UNINSPECTED_EQUIPMENT: Violation = {
  type: '使用未经定期检验的特种设备',
  facts: ['当事人使用的乘客电梯超过定期检验有效期仍继续使用。', '当事人使用的压力容器未经定期检验。'],
  basis: '《中华人民共和国特种设备安全法》第八十四条第一款第（一）项',
};
const DISCLOSURE: Violation = {
  type: '未按规定公示即时信息',
  facts: ['当事人未在规定期限内通过国家企业信用信息公示系统公示股东认缴出资信息。', '当事人公示的年度报告隐瞒真实情况。'],
  basis: '《企业信息公示暂行条例》第十八条',
};
const UNLICENSED_BUSINESS: Violation = {
  type: '从事无照经营',
  facts: ['当事人未依法取得营业执照，擅自从事日用百货零售经营活动。', '当事人未取得营业执照在居民楼内从事餐饮经营。'],
  basis: '《无证无照经营查处办法》第十三条',
  persons: true,
};
const MEASURING_INSTRUMENT: Violation = {
  type: '使用不合格的计量器具',
  facts: ['当事人使用的电子计价秤经检定不合格，仍用于贸易结算。'],
  basis: '《中华人民共和国计量法实施细则》第四十三条',
  persons: true,
};
const ONLINE_LICENCE_DISPLAY: Violation = {
  type: '电子商务经营者未公示营业执照信息',
  facts: ['当事人在网店首页未公示营业执照信息及其链接标识。'],
  basis: '《中华人民共和国电子商务法》第七十六条第一款第（一）项',
};

const GENERAL: readonly Violation[] = [DISCLOSURE, PRICE_MARKING, MISLEADING_PROMOTION];

export const INDUSTRIES: readonly Industry[] = [
  {
    company: ['餐饮管理', '餐饮服务', '餐饮'],
    shop: ['小吃店', '面馆', '快餐店', '饺子馆', '烧烤店'],
    weight: 22,
    licences: [FOOD_BUSINESS, FOOD_BUSINESS, FOOD_BUSINESS_PROMISE],
    violations: [...GENERAL, SUBSTANDARD_FOOD, UNLICENSED_FOOD, EXPIRED_FOOD, PURCHASE_RECORDS, PURCHASE_RECORDS],
  },
  {
    company: ['商贸', '商业', '超市'],
    shop: ['便利店', '超市', '百货店', '副食店', '水果店'],
    weight: 20,
    licences: [FOOD_BUSINESS, FOOD_BUSINESS, MEASUREMENT],
    violations: [...GENERAL, SUBSTANDARD_FOOD, EXPIRED_FOOD, SUBSTANDARD_PRODUCT, TRADEMARK, MEASURING_INSTRUMENT, UNLICENSED_BUSINESS],
  },
  {
    company: ['食品', '食品科技', '饮品'],
    shop: ['糕点坊', '豆制品加工店'],
    weight: 6,
    licences: [FOOD_PRODUCTION, FOOD_BUSINESS],
    violations: [...GENERAL, SUBSTANDARD_FOOD, PURCHASE_RECORDS],
  },
  {
    company: ['科技', '信息技术', '网络科技', '软件'],
    shop: ['电脑维修部', '手机维修店'],
    weight: 18,
    licences: [ADVERTISING, SPECIAL_EQUIPMENT],
    violations: [...GENERAL, FALSE_ADVERTISING, ONLINE_LICENCE_DISPLAY, MISLEADING_PROMOTION],
  },
  {
    company: ['机电设备', '电气', '建材', '机械制造'],
    shop: ['五金店', '建材经营部'],
    weight: 10,
    licences: [INDUSTRIAL_PRODUCT, SPECIAL_EQUIPMENT, MEASUREMENT],
    violations: [...GENERAL, SUBSTANDARD_PRODUCT, UNINSPECTED_EQUIPMENT, TRADEMARK],
  },
  {
    company: ['物业管理', '房地产经纪', '建筑工程'],
    shop: ['房屋中介服务部'],
    weight: 10,
    licences: [SPECIAL_EQUIPMENT, SPECIAL_EQUIPMENT],
    violations: [...GENERAL, UNINSPECTED_EQUIPMENT, FALSE_ADVERTISING],
  },
  {
    company: ['文化传媒', '广告', '文化发展'],
    shop: ['图文设计部', '广告制作部'],
    weight: 8,
    licences: [ADVERTISING],
    violations: [...GENERAL, FALSE_ADVERTISING, FALSE_ADVERTISING, ONLINE_LICENCE_DISPLAY],
  },
  {
    company: ['检测技术', '检验认证'],
    shop: ['计量检测服务部'],
    weight: 2,
    licences: [TESTING_LAB, MEASUREMENT],
    violations: [...GENERAL, MEASURING_INSTRUMENT],
  },
  {
    company: ['美容美发', '健身服务', '生活服务'],
    shop: ['理发店', '美容院', '洗衣店'],
    weight: 4,
    licences: [FOOD_BUSINESS_PROMISE, SPECIAL_EQUIPMENT],
    violations: [...GENERAL, FALSE_ADVERTISING, UNLICENSED_BUSINESS],
  },
];

/** Violations natural persons are punished for (no business registration, or as traders). */
export const PERSON_VIOLATIONS: readonly Violation[] = INDUSTRIES.flatMap((i) => i.violations).filter(
  (v, index, all) => v.persons && all.indexOf(v) === index,
);

/** Matters of 双随机 random inspections. */
export const INSPECTION_ITEMS: readonly string[] = [
  '企业公示信息情况检查',
  '食品经营许可情况检查',
  '食品销售者落实进货查验制度情况检查',
  '产品质量监督抽查',
  '广告发布行为检查',
  '价格行为检查',
  '特种设备使用单位安全管理检查',
  '计量器具使用情况检查',
  '登记事项检查',
];
