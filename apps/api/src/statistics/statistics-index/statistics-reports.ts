/** A report of the quarterly assessment, as the index lists it. */
export interface StatisticsReportEntry {
  readonly name: string;
  readonly path: string;
  readonly description: string;
}

/**
 * Every report of GET /v1/statistics/<report> (docs/joint-loop.md). feedback, objections and repairs are answered by the
 * features they count (apps/api/src/feedback/, objections/, repair/); they are listed here by name so the index is whole.
 */
export const STATISTICS_REPORTS: readonly StatisticsReportEntry[] = [
  {
    name: 'double-publicity',
    path: '/v1/statistics/double-publicity',
    description:
      '双公示 timeliness per department: licences and penalties within 7 working days (发改电〔2015〕557号), 双随机 results within 20',
  },
  { name: 'feedback', path: '/v1/statistics/feedback', description: 'Feedback (反馈) rates per department and per measure' },
  { name: 'list-changes', path: '/v1/statistics/list-changes', description: 'List changes per month and list type: listed and delisted' },
  { name: 'objections', path: '/v1/statistics/objections', description: 'Objections (异议) and their time-limit compliance' },
  { name: 'repairs', path: '/v1/statistics/repairs', description: 'Credit repairs (令第36号) and their time-limit compliance' },
  {
    name: 'typical-cases',
    path: '/v1/statistics/typical-cases',
    description: 'Each department’s typical cases (典型案例) in a quarter against the plan’s two',
  },
];
