import { useMemo } from 'react';
import { ChartCard } from './chart-card';
import { CHART_COLORS } from './chart-colors';
import { stackedBars } from './stacked-bars';
import { useReport } from './use-report';
import { total, type Period, type ReportRow } from './statistics-reports';

type DoublePublicityRow = ReportRow<'double-publicity'>;

const category = (row: DoublePublicityRow) => `${row.department}\n${row.label}`;

/** 双公示 timeliness: per department and kind of decision, how many reached the platform within their working days. */
export function DoublePublicityChart({ period }: { period: Period }) {
  const { data, loading, error } = useReport('double-publicity', period);
  const rows = data?.rows;
  const option = useMemo(
    () =>
      stackedBars(
        rows,
        category,
        [
          { name: '按时 On time', color: CHART_COLORS.onTime, count: (r) => r.onTime },
          { name: '超时 Late', color: CHART_COLORS.late, count: (r) => r.late },
          { name: '日历未覆盖 Calendar unknown', color: CHART_COLORS.unknown, count: (r) => r.calendarUnknown },
        ],
        56,
      ),
    [rows],
  );
  const summary = rows
    ? `${rows.length} 组，共 ${total(rows, (r) => r.decided)} 项决定，按时 ${total(rows, (r) => r.onTime)} 项，超时 ${total(rows, (r) => r.late)} 项`
    : '';
  return (
    <ChartCard
      title="双公示及时率 Double publicity timeliness（按部门）"
      note="自决定日起按官方工作日历计算的公示时限内报送的数量；跨入日历尚未公布年份的单列。"
      loading={loading}
      error={error}
      rows={rows}
      option={option}
      summary={summary}
      rowKey={(row) => `${row.department}/${row.factType}`}
      columns={[
        { title: '部门 Department', dataIndex: 'department' },
        { title: '类别 Kind', dataIndex: 'label' },
        { title: '时限（工作日）', dataIndex: 'workingDays', align: 'right' },
        { title: '依据 Basis', dataIndex: 'basis' },
        { title: '决定 Decided', dataIndex: 'decided', align: 'right' },
        { title: '按时 On time', dataIndex: 'onTime', align: 'right' },
        { title: '超时 Late', dataIndex: 'late', align: 'right' },
        { title: '日历未覆盖', dataIndex: 'calendarUnknown', align: 'right' },
        { title: '及时率 %', dataIndex: 'onTimePercent', align: 'right', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}
