/* No imports: the console's bundle takes this file as it is (apps/web/src/console/pages/subject/scenarios.ts). */
/** The approval scenarios a measure applies in; departments ask for one of these. */
export const SCENARIOS = {
  'government-procurement': '政府采购',
  'public-bidding': '招标投标',
  'fiscal-subsidy': '财政补贴、社保资金支持',
  'land-supply': '土地供应',
  'civil-service-recruitment': '公务员、事业单位招录',
  'soe-posts': '国有企业任职',
  'company-officer': '担任法定代表人、董事、监事、高级管理人员',
  'air-travel': '乘坐民航飞机',
  'rail-travel': '乘坐列车高级别席位',
  'luxury-consumption': '高消费',
  customs: '海关认证与通关',
  financing: '融资授信、发行股票债券',
  'exit-control': '出境',
  'tax-administration': '税收征管',
  supervision: '日常监管、检查频次',
  'market-access': '市场准入、行业禁入',
  'honours-and-awards': '评先评优、表彰奖励',
  'administrative-approval': '行政审批（绿色通道、容缺受理）',
  'school-admission': '入学、升学',
  training: '职业培训',
} as const;
