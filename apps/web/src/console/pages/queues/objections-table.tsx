import { Table, Typography } from 'antd';
import { query } from '../../../shared/api';
import { useLoad } from '../../../shared/use-load';
import { RefusalAlert } from '../../refusal-alert';
import { useSession } from '../../session';
import { OVERDUE_ROW, OverdueTag } from './overdue-tag';
import type { ObjectionQueue, ObjectionRow } from './queue-rows';
import { QueueFilters, type FilterOption } from './queue-filters';
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
export function ObjectionsTable({
  status,
  overdue,
  onFilter,
}: {
  status?: string;
  overdue?: string;
  onFilter: (filters: { status?: string; overdue?: string }) => void;
}) {
  const { call } = useSession();
  const { data, loading, error } = useLoad(
    () => call<ObjectionQueue>(`/v1/objections${query({ status, overdue })}`),
    [call, status, overdue],
  );
  return (
    <>
      <QueueFilters idPrefix="objections" statuses={STATUSES} status={status} overdue={overdue} onChange={onFilter} />
      <RefusalAlert error={error} />
      {data && <Typography.Paragraph type="secondary">时限按官方工作日历计算，截至 {data.asOf}。</Typography.Paragraph>}
      <Table<ObjectionRow>
        aria-label="异议 Objections"
        loading={loading}
        dataSource={data ? [...data.objections] : []}
        rowKey="id"
        onRow={(row) => ({ style: row.overdue ? OVERDUE_ROW : undefined })}
        scroll={{ x: true }}
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
          { title: '逾期 Overdue', render: (_, row) => <OverdueTag overdue={row.overdue} /> },
        ]}
      />
    </>
  );
}
