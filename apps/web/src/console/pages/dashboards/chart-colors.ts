/** One colour per meaning across the dashboards, so "late" or "overdue" looks the same on every chart (the legend names each). */
export const CHART_COLORS = {
  onTime: '#52c41a',
  late: '#fa8c16',
  overdue: '#f5222d',
  pending: '#1677ff',
  unknown: '#bfbfbf',
  approved: '#52c41a',
  refused: '#8c8c8c',
  rate: '#1677ff',
} as const;
