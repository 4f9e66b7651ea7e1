import type { RepairQueue, RepairRow } from './queue-rows';
import type { FilterOption, QueueFilter } from './queue-filters';
import { QueueTable } from './queue-table';
import { StepDeadline } from './step-deadline';
import { SubjectLink } from './subject-link';

const STATUSES: FilterOption[] = [
  { value: 'pending', label: '待审 Pending' },
  { value: 'decided', label: '已决定 Decided' },
];
const OUTCOME = { approved: '准予修复 Approved', refused: '不予修复 Refused' };

/** The credit-repair queue (GET /v1/repairs): each application with its review deadline; overdue ones tagged. */
export function RepairsTable(props: QueueFilter & { onFilter: (filters: QueueFilter) => void }) {
  return (
    <QueueTable<RepairQueue, RepairRow>
      {...props}
      path="/v1/repairs"
      idPrefix="repairs"
      statuses={STATUSES}
      label="信用修复申请 Repair applications"
      rows={(queue) => queue.repairs}
      note={(queue) => (
        <>
          审核时限 {queue.reviewWorkingDays} 个工作日（{queue.basis.documentNumber}
          {queue.basis.clause ? ` ${queue.basis.clause}` : ''}），按官方工作日历计算，截至 {queue.asOf}。
        </>
      )}
      rowKey="applicationNumber"
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
      ]}
    />
  );
}
