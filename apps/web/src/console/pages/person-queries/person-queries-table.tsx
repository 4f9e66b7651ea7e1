import { Table } from 'antd';
import type { ItemOf, Schema } from '../../../shared/api-types';
import { formatInstant } from '../../../shared/dates';

export type PersonQuery = ItemOf<Schema<'PersonQueryPage'>['queries']>;

/** Who asked about which person, through which endpoint, and why (the purpose they gave). */
export function PersonQueriesTable({ queries, loading }: { queries: readonly PersonQuery[]; loading: boolean }) {
  return (
    <Table<PersonQuery>
      aria-label="个人信息查询记录 Person queries"
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={[...queries]}
      locale={{ emptyText: '无查询记录' }}
      columns={[
        { title: '查询时间 Asked', dataIndex: 'askedAt', render: formatInstant },
        { title: '部门 Department', dataIndex: 'department' },
        { title: '密钥 Key', dataIndex: 'keyId', render: (k?: string) => k ?? '—' },
        { title: '身份证号 Person', dataIndex: 'subject' },
        { title: '接口 Endpoint', dataIndex: 'endpoint' },
        { title: '查询目的 Purpose', dataIndex: 'purpose', render: (p?: string) => p ?? '—' },
      ]}
    />
  );
}
