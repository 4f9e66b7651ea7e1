import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ENTRY_STATUS, documentText, roleLabel } from './labels';
import { entryAnchor, type ListEntry } from './subject-answers';

/** The subject's list entries on the as-of date (and, for a person, the organisations' entries that reach them); each row is an anchor of the proof chain. */
export function ListEntries({ entries, loading }: { entries: readonly ListEntry[]; loading: boolean }) {
  return (
    <Table<ListEntry>
      aria-label="名单条目 List entries"
      rowKey="listingEventId"
      size="small"
      loading={loading}
      dataSource={[...entries]}
      pagination={false}
      locale={{ emptyText: '该日无名单记录' }}
      onRow={(entry) => ({ id: entryAnchor(entry.listingEventId), className: 'jc-anchor' })}
      columns={[
        {
          title: '名单 List',
          key: 'list',
          render: (_, e) => (
            <>
              <Tag color={e.color === 'black' ? 'volcano' : 'green'}>{e.color === 'black' ? '黑名单' : '红名单'}</Tag>
              {e.label}
            </>
          ),
        },
        { title: '状态 Status', dataIndex: 'status', render: (status: string) => ENTRY_STATUS[status] ?? status },
        { title: '起 From', dataIndex: 'since' },
        { title: '止 Until', dataIndex: 'until', render: (until?: string) => until ?? '无固定期限' },
        {
          title: '异议中 Under objection',
          dataIndex: 'underObjection',
          render: (objection?: ListEntry['underObjection']) =>
            objection ? <Tag color="orange">异议处理中（{objection.filedOn} 起）</Tag> : '否',
        },
        { title: '依据 Basis', key: 'basis', render: (_, e) => documentText(e.basis) },
        {
          title: '经由 Through',
          key: 'through',
          render: (_, e) =>
            e.organization ? (
              <Typography.Text>
                {roleLabel(e.role ?? '')}，<Link to={`/subjects/${e.organization}`}>{e.organization}</Link>（{e.reachedFrom} 起）
              </Typography.Text>
            ) : (
              '本主体'
            ),
        },
      ]}
    />
  );
}
