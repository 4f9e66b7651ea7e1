import { Table, Typography } from 'antd';
import { query } from '../../../shared/api';
import { useLoad } from '../../../shared/use-load';
import { RefusalAlert } from '../../refusal-alert';
import { useSession } from '../../session';
import { OVERDUE_ROW, OverdueTag } from './overdue-tag';
import type { RepairQueue, RepairRow } from './queue-rows';
import { QueueFilters, type FilterOption } from './queue-filters';
import { StepDeadline } from './step-deadline';
import { SubjectLink } from './subject-link';

const STATUSES: FilterOption[] = [
  { value: 'pending', label: '待审 Pending' },
  { value: 'decided', label: '已决定 Decided' },
];
const OUTCOME = { approved: '准予修复 Approved', refused: '不予修复 Refused' };

/** The credit-repair queue (GET /v1/repairs): each application with its review deadline; overdue ones tagged. */
export function RepairsTable({
  status,
  overdue,
  onFilter,
}: {
  status?: string;
  overdue?: string;
  onFilter: (filters: { status?: string; overdue?: string }) => void;
}) {
  const { call } = useSession();
  const { data, loading, error } = useLoad(() => call<RepairQueue>(`/v1/repairs${query({ status, overdue })}`), [call, status, overdue]);
  return (
    <>
      <QueueFilters idPrefix="repairs" statuses={STATUSES} status={status} overdue={overdue} onChange={onFilter} />
      <RefusalAlert error={error} />
      {data && (
        <Typography.Paragraph type="secondary">
          审核时限 {data.reviewWorkingDays} 个工作日（{data.basis.documentNumber}
          {data.basis.clause ? ` ${data.basis.clause}` : ''}），按官方工作日历计算，截至 {data.asOf}。
        </Typography.Paragraph>
      )}
      <Table<RepairRow>
        aria-label="信用修复申请 Repair applications"
        loading={loading}
        dataSource={data ? [...data.repairs] : []}
        rowKey="applicationNumber"
        onRow={(row) => ({ style: row.overdue ? OVERDUE_ROW : undefined })}
        scroll={{ x: true }}
        columns={[
          { title: '主体 Subject', render: (_, row) => <SubjectLink code={row.subject} /> },
          { title: '申请编号 Application', dataIndex: 'applicationNumber' },
          { title: '申请日 Applied', dataIndex: 'appliedOn' },
          { title: '受理部门 Recorded by', dataIndex: 'appliedBy' },
          { title: '信用承诺', dataIndex: 'commitmentMade', render: (made: boolean) => (made ? '已作出' : '未作出') },
          {
            title: '状态 Status',
            render: (_, row) =>
              row.status === 'pending'
                ? '待审 Pending'
                : `${row.outcome ? OUTCOME[row.outcome] : '已决定'}（${row.decidedBy ?? ''} ${row.decidedOn ?? ''}）`,
          },
          { title: '审核时限 Review deadline', render: (_, row) => <StepDeadline limit={row.review} /> },
          { title: '逾期 Overdue', render: (_, row) => <OverdueTag overdue={row.overdue} /> },
        ]}
      />
    </>
  );
}
