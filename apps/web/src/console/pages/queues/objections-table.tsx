import type { ObjectionQueue, ObjectionRow } from './queue-rows';
import type { FilterOption, QueueFilter } from './queue-filters';
import { QueueTable } from './queue-table';
import { StepDeadline } from './step-deadline';
import { SubjectLink } from './subject-link';

const STATUSES: FilterOption[] = [
  { value: 'open', label: '办理中 Open' },
  { value: 'filed', label: '已提出 Filed' },
  { value: 'accepted', label: '已受理 Accepted' },
  { value: 'not-accepted', label: '不予受理 Not accepted' },
  { value: 'checked', label: '已核查 Checked' },
  { value: 'answered', label: '已答复 Answered' },
  { value: 'decided', label: '已决定 Decided' },
];
const STATUS_LABEL = Object.fromEntries(STATUSES.map((s) => [s.value, s.label]));

/** The objection queue (GET /v1/objections): each case with its steps' deadlines; overdue ones tagged. */
export function ObjectionsTable(props: QueueFilter & { onFilter: (filters: QueueFilter) => void }) {
  return (
    <QueueTable<ObjectionQueue, ObjectionRow>
      {...props}
      path="/v1/objections"
      idPrefix="objections"
      statuses={STATUSES}
      label="异议 Objections"
      rows={(queue) => queue.objections}
      note={(queue) => `时限按官方工作日历计算，截至 ${queue.asOf}。`}
      rowKey="id"
      columns={[
        {
          title: '主体 Subject',
          render: (_, row) => <SubjectLink code={row.record.subject.code} name={row.record.subject.name} />,
        },
        { title: '记录 Record', render: (_, row) => `${row.record.type}（${row.record.department}）` },
        { title: '提出日 Filed', dataIndex: 'filedOn' },
        { title: '状态 Status', dataIndex: 'status', render: (value: string) => STATUS_LABEL[value] ?? value },
        { title: '受理时限 Acceptance', render: (_, row) => <StepDeadline limit={row.timeLimits.acceptance} /> },
        { title: '核查时限 Check', render: (_, row) => <StepDeadline limit={row.timeLimits.check} /> },
        { title: '答复时限 Answer', render: (_, row) => <StepDeadline limit={row.timeLimits.answer} /> },
      ]}
    />
  );
}
