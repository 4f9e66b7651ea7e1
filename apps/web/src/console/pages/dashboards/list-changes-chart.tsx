import { useMemo } from 'react';
import { ChartCard } from './chart-card';
import { useReport } from './use-report';
import { total, type Period, type ReportRow } from './statistics-reports';

type ListChangeCount = ReportRow<'list-changes'>;

const key = (row: ListChangeCount) => `${row.month}/${row.listType}`;

/** Subjects listed and delisted per month, one bar per list type (stacked: listed above, delisted beside). */
export function ListChangesChart({ period }: { period: Period }) {
  const { data, loading, error } = useReport('list-changes', period);
  const rows = data?.rows;
  const option = useMemo(() => {
    const months = [...new Set(rows?.map((r) => r.month))].sort();
    const types = [...new Set(rows?.map((r) => r.listType))].sort();
    const count = (type: string, field: 'listed' | 'delisted') =>
      months.map((month) => rows?.find((r) => r.month === month && r.listType === type)?.[field] ?? 0);
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { top: 48, left: 40, right: 16, bottom: 32 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: types.flatMap((type) => [
        { name: `${type} 列入`, type: 'bar', stack: 'listed', data: count(type, 'listed') },
        { name: `${type} 移出`, type: 'bar', stack: 'delisted', data: count(type, 'delisted') },
      ]),
    };
  }, [rows]);
  const summary = rows
    ? `${rows.length ? `${rows[0]!.month} 至 ${rows[rows.length - 1]!.month}，` : ''}共列入 ${total(rows, (r) => r.listed)} 次、移出 ${total(rows, (r) => r.delisted)} 次`
    : '';
  return (
    <ChartCard
      title="名单变更 List changes（按月、名单类型）"
      note="按变更记录的月份（北京时间）统计列入与移出的主体数。"
      loading={loading}
      error={error}
      rows={rows}
      option={option}
      summary={summary}
      rowKey={key}
      columns={[
        { title: '月份 Month', dataIndex: 'month' },
        { title: '名单类型 List type', dataIndex: 'listType' },
        { title: '列入 Listed', dataIndex: 'listed', align: 'right' },
        { title: '移出 Delisted', dataIndex: 'delisted', align: 'right' },
      ]}
    />
  );
}
