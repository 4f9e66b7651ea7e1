import { Table } from 'antd';
import { Link } from 'react-router';
import type { ItemOf, Schema } from '../../../shared/api-types';
import { formatInstant } from '../../../shared/dates';
import { subjectKindLabel } from '../../subject-kinds';

/** GET /v1/subjects, as the OpenAPI document gives it (every field it adds flows in). */
export type FoundPage = Schema<'SubjectSearchPage'>;
export type FoundSubject = ItemOf<FoundPage['items']>;

/** The subjects found, best first; each opens its subject page. */
export function ResultsTable({ items, loading }: { items: readonly FoundSubject[]; loading: boolean }) {
  return (
    <Table<FoundSubject>
      aria-label="查询结果 Results"
      rowKey="code"
      loading={loading}
      dataSource={[...items]}
      pagination={false}
      locale={{ emptyText: '未找到主体' }}
      columns={[
        {
          title: '名称 Name',
          dataIndex: 'name',
          render: (name: string, s) => <Link to={`/subjects/${encodeURIComponent(s.code)}`}>{name || s.code}</Link>,
        },
        { title: '代码 Code', dataIndex: 'code' },
        { title: '类型 Kind', dataIndex: 'kind', render: subjectKindLabel },
        { title: '最近记录 Last recorded', dataIndex: 'lastRecordedAt', render: formatInstant },
      ]}
    />
  );
}
