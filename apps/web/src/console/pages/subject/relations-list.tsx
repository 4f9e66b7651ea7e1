import { Table } from 'antd';
import { Link } from 'react-router';
import { roleLabel } from './labels';
import type { SubjectRelation } from './subject-answers';

/** Persons and organisations related by a role, each opening its own page; persons as the api shows them (masked unless allowed). */
export function RelationsList({
  subject,
  relations,
  loading,
}: {
  subject: string;
  relations: readonly SubjectRelation[];
  loading: boolean;
}) {
  return (
    <Table<SubjectRelation>
      aria-label="关联人员与机构 Relations"
      rowKey={(r) => `${r.role}-${r.person.code}-${r.organization.code}-${r.from}`}
      size="small"
      loading={loading}
      pagination={false}
      dataSource={[...relations]}
      locale={{ emptyText: '无关联人员或机构' }}
      columns={[
        {
          title: '关联方 Related',
          key: 'other',
          render: (_, r) => {
            const other = r.person.code === subject ? r.organization : r.person;
            return <Link to={`/subjects/${encodeURIComponent(other.code)}`}>{other.name || other.code}</Link>;
          },
        },
        { title: '代码 Code', key: 'code', render: (_, r) => (r.person.code === subject ? r.organization.code : r.person.code) },
        { title: '职务 Role', key: 'role', render: (_, r) => r.roleLabel ?? roleLabel(r.role) },
        { title: '任职期间 Period', key: 'period', render: (_, r) => `${r.from} 至 ${r.to ?? '今'}` },
      ]}
    />
  );
}
