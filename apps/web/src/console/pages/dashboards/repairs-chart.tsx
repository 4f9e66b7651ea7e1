import { useMemo } from 'react';
import { ChartCard } from './chart-card';
import { CHART_COLORS } from './chart-colors';
import { stackedBars } from './stacked-bars';
import { useReport } from './use-report';
import { total, type Period, type ReportRow } from './statistics-reports';

type Row = ReportRow<'repairs'>;
/** Pending and not yet past the time limit. */
const waiting = (r: Row) => Math.max(0, r.pending - r.overdue - r.calendarUnknown);

/** Credit-repair applications per deciding department against the review time limit, with the outcomes as a pie. */
export function RepairsChart({ period }: { period: Period }) {
  const { data, loading, error } = useReport('repairs', period);
  const rows = data?.rows;
  const option = useMemo(() => {
    const bars = stackedBars(rows, (r) => r.department, [
      { name: '时限内办结 Within limit', color: CHART_COLORS.onTime, count: (r) => r.decidedWithinTimeLimit },
      { name: '超时办结 Late', color: CHART_COLORS.late, count: (r) => r.decidedLate },
      { name: '逾期未办 Overdue', color: CHART_COLORS.overdue, count: (r) => r.overdue },
      { name: '待审 Pending', color: CHART_COLORS.pending, count: waiting },
    ]);
    return {
      ...bars,
      tooltip: { trigger: 'item' },
      grid: { ...bars.grid, right: '40%' },
      series: [
        ...bars.series,
        {
          name: '结果 Outcome',
          type: 'pie',
          center: ['80%', '55%'],
          radius: ['25%', '50%'],
          data: rows
            ? [
                { name: '准予修复 Approved', value: total(rows, (r) => r.approved), itemStyle: { color: CHART_COLORS.approved } },
                { name: '不予修复 Refused', value: total(rows, (r) => r.refused), itemStyle: { color: CHART_COLORS.refused } },
                { name: '待审合计 Pending total', value: total(rows, (r) => r.pending), itemStyle: { color: CHART_COLORS.pending } },
              ]
            : [],
        },
      ],
    };
  }, [rows]);
  const summary = rows
    ? `共 ${total(rows, (r) => r.applications)} 件申请，准予 ${total(rows, (r) => r.approved)}，不予 ${total(rows, (r) => r.refused)}，待审 ${total(rows, (r) => r.pending)}，逾期未办 ${total(rows, (r) => r.overdue)}`
    : '';
  const note = data
    ? `审核时限 ${data.reviewWorkingDays} 个工作日（${data.basis.documentNumber}${data.basis.clause ? ` ${data.basis.clause}` : ''}）。`
    : undefined;
  return (
    <ChartCard
      title="信用修复时限 Repairs against the review time limit（按认定部门）"
      note={note}
      loading={loading}
      error={error}
      rows={rows}
      option={option}
      summary={summary}
      rowKey={(row) => row.department}
      columns={[
        { title: '部门 Department', dataIndex: 'department' },
        { title: '申请 Applications', dataIndex: 'applications', align: 'right' },
        { title: '准予 Approved', dataIndex: 'approved', align: 'right' },
        { title: '不予 Refused', dataIndex: 'refused', align: 'right' },
        { title: '待审 Pending', dataIndex: 'pending', align: 'right' },
        { title: '时限内办结', dataIndex: 'decidedWithinTimeLimit', align: 'right' },
        { title: '超时办结', dataIndex: 'decidedLate', align: 'right' },
        { title: '逾期未办', dataIndex: 'overdue', align: 'right' },
        { title: '日历未覆盖', dataIndex: 'calendarUnknown', align: 'right' },
      ]}
    />
  );
}
