import { useMemo } from 'react';
import { ChartCard } from './chart-card';
import { CHART_COLORS } from './chart-colors';
import { useReport } from './use-report';
import type { Period, ReportRow } from './statistics-reports';

type FeedbackRow = ReportRow<'feedback'>;

const measureLabel = (row: FeedbackRow) => row.measureId ?? '全部措施 All';
const percent = (rate: number) => Math.round(rate * 10000) / 100;

/** Feedback rate per checking department and measure: the checks whose measures got feedback. */
export function FeedbackChart({ period }: { period: Period }) {
  const { data, loading, error } = useReport('feedback', period);
  const rows = data?.rows;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => `${value}%` },
      grid: { top: 24, left: 48, right: 16, bottom: 56 },
      xAxis: { type: 'category', data: rows?.map((r) => `${r.department}\n${measureLabel(r)}`) ?? [] },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [{ name: '反馈率 Feedback rate', type: 'bar', color: CHART_COLORS.rate, data: rows?.map((r) => percent(r.rate)) ?? [] }],
    }),
    [rows],
  );
  const overall = rows?.filter((r) => r.measureId === null) ?? [];
  const summary = overall.map((r) => `${r.department} 反馈率 ${percent(r.rate)}%（${r.checksWithFeedback}/${r.checks}）`).join('；');
  return (
    <ChartCard
      title="反馈率 Feedback rate（按部门、措施）"
      note="本期核查中含该措施的核查里已反馈的比例（撤回的反馈不计）。"
      loading={loading}
      error={error}
      rows={rows}
      option={option}
      summary={summary || `${rows?.length ?? 0} 行`}
      rowKey={(row) => `${row.department}/${row.measureId ?? '*'}`}
      columns={[
        { title: '部门 Department', dataIndex: 'department' },
        { title: '措施 Measure', render: (_: unknown, row: FeedbackRow) => measureLabel(row) },
        { title: '核查 Checks', dataIndex: 'checks', align: 'right' },
        { title: '已反馈核查', dataIndex: 'checksWithFeedback', align: 'right' },
        { title: '反馈率 %', dataIndex: 'rate', align: 'right', render: (rate: number) => percent(rate) },
        { title: '已执行 Applied', dataIndex: 'applied', align: 'right' },
        { title: '未执行 Not applied', dataIndex: 'notApplied', align: 'right' },
      ]}
    />
  );
}
