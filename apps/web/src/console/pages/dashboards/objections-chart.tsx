import { useMemo } from 'react';
import { ChartCard } from './chart-card';
import { CHART_COLORS } from './chart-colors';
import { stackedBars } from './stacked-bars';
import { useReport } from './use-report';
import { total, type Period, type ReportRow } from './statistics-reports';

type Row = ReportRow<'objections'>;
const met = (r: Row) => r.acceptanceMet + r.checkMet + r.answerMet;
const missed = (r: Row) => r.acceptanceMissed + r.checkMissed + r.answerMissed;
const overdue = (r: Row) => r.acceptanceOverdue + r.checkOverdue + r.answerOverdue;

/** Objections per source department: the steps (acceptance, check, answer) taken within their time limits, late, or overdue now. */
export function ObjectionsChart({ period }: { period: Period }) {
  const { data, loading, error } = useReport('objections', period);
  const rows = data?.rows;
  const option = useMemo(
    () =>
      stackedBars(rows, (r) => r.department, [
        { name: '时限内 Within limit', color: CHART_COLORS.onTime, count: met },
        { name: '超时办结 Late', color: CHART_COLORS.late, count: missed },
        { name: '逾期未办 Overdue', color: CHART_COLORS.overdue, count: overdue },
      ]),
    [rows],
  );
  const summary = rows
    ? `共受理异议 ${total(rows, (r) => r.filed)} 件，办理中 ${total(rows, (r) => r.open)} 件；环节时限内 ${total(rows, met)}，超时 ${total(rows, missed)}，逾期未办 ${total(rows, overdue)}`
    : '';
  return (
    <ChartCard
      title="异议处理时限 Objections against time limits（按来源部门）"
      note="受理、核查、答复三个环节按官方工作日历计算的时限；逾期未办为今日已超时尚未办理的环节。"
      loading={loading}
      error={error}
      rows={rows}
      option={option}
      summary={summary}
      rowKey={(row) => row.department}
      columns={[
        { title: '部门 Department', dataIndex: 'department', fixed: 'left' },
        { title: '提出 Filed', dataIndex: 'filed', align: 'right' },
        { title: '办理中 Open', dataIndex: 'open', align: 'right' },
        { title: '不予受理', dataIndex: 'notAccepted', align: 'right' },
        { title: '更正', dataIndex: 'upheldCorrection', align: 'right' },
        { title: '撤销', dataIndex: 'upheldRevocation', align: 'right' },
        { title: '驳回', dataIndex: 'rejected', align: 'right' },
        { title: '受理 按时/超时/逾期', render: (_: unknown, r: Row) => `${r.acceptanceMet}/${r.acceptanceMissed}/${r.acceptanceOverdue}` },
        { title: '核查 按时/超时/逾期', render: (_: unknown, r: Row) => `${r.checkMet}/${r.checkMissed}/${r.checkOverdue}` },
        { title: '答复 按时/超时/逾期', render: (_: unknown, r: Row) => `${r.answerMet}/${r.answerMissed}/${r.answerOverdue}` },
        { title: '日历未覆盖', dataIndex: 'calendarUnknown', align: 'right' },
      ]}
    />
  );
}
