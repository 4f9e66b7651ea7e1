import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { Schema } from '../../../shared/api-types';
import { formatInstant } from '../../../shared/dates';

export type ListChange = Schema<'ListChange'>;

/** Each change: who was listed or delisted, when, on what basis, by which department, under which rule-set version. */
export function ListChangesTable({ changes, loading }: { changes: readonly ListChange[]; loading: boolean }) {
  return (
    <Table<ListChange>
      aria-label="名单变更 List changes"
      rowKey="eventId"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={[...changes]}
      locale={{ emptyText: '无名单变更' }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '记录时间 Recorded', dataIndex: 'recordedAt', render: formatInstant },
        {
          title: '主体 Subject',
          dataIndex: 'subject',
          render: (code: string) => <Link to={`/subjects/${encodeURIComponent(code)}`}>{code}</Link>,
        },
        {
          title: '变更 Change',
          dataIndex: 'change',
          render: (change: string) => (change === 'listed' ? <Tag color="volcano">列入</Tag> : <Tag color="green">移出</Tag>),
        },
        { title: '名单类型 List type', key: 'list', render: (_, c) => `${c.color === 'black' ? '黑' : '红'} · ${c.listType}` },
        { title: '生效 Effective', dataIndex: 'effectiveOn' },
        { title: '至 Until', dataIndex: 'until', render: (until?: string) => until ?? '—' },
        {
          title: '依据 Basis',
          key: 'basis',
          render: (_, c) => (c.basis ? [c.basis.documentNumber, c.basis.clause].filter(Boolean).join(' ') : '—'),
        },
        { title: '部门 Department', dataIndex: 'department', render: (d?: string) => d ?? '—' },
        { title: '规则集 Rule set', key: 'ruleSet', render: (_, c) => c.ruleSet?.version ?? '—' },
      ]}
    />
  );
}
