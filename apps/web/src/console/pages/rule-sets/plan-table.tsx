import { Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ActivationPlan, SubjectChange } from './rule-set-shapes';

const tags = (items: readonly string[], color: string) =>
  items.length ? (
    <Space size={[0, 4]} wrap>
      {items.map((item) => (
        <Tag key={item} color={color}>
          {item}
        </Tag>
      ))}
    </Space>
  ) : (
    '—'
  );

/** An activation plan: per subject, the list entries and measures it gains (+) or loses (−) from the effective date. */
export function PlanTable({ plan, title }: { plan: ActivationPlan; title: string }) {
  return (
    <>
      <Typography.Paragraph>
        {title}：{plan.from.version} → <strong>{plan.to.version}</strong>，自 {plan.effectiveFrom} 起；审查主体 {plan.subjectsExamined} 个，
        变化 {plan.changes.length} 个。
      </Typography.Paragraph>
      <Table<SubjectChange>
        aria-label={`${title} 变化 Changes`}
        size="small"
        rowKey="subject"
        dataSource={[...plan.changes]}
        locale={{ emptyText: '没有主体的名单或措施发生变化' }}
        scroll={{ x: true }}
        columns={[
          {
            title: '主体 Subject',
            dataIndex: 'subject',
            render: (code: string) => (code.includes('*') ? code : <Link to={`/subjects/${encodeURIComponent(code)}`}>{code}</Link>),
          },
          {
            title: '新列入 Gains entry',
            render: (_, row) =>
              tags(
                row.gained.map((g) => `+ ${g.listType}${g.since ? ` ${g.since}` : ''}${g.until ? ` 至 ${g.until}` : ''}`),
                'green',
              ),
          },
          {
            title: '移出 Loses entry',
            render: (_, row) =>
              tags(
                row.lost.map((l) => `− ${l.listType}${l.on ? ` ${l.on}` : ''}`),
                'red',
              ),
          },
          {
            title: '新增措施 Gains measures',
            render: (_, row) =>
              tags(
                row.measuresGained.map((m) => `+ ${m}`),
                'green',
              ),
          },
          {
            title: '失去措施 Loses measures',
            render: (_, row) =>
              tags(
                row.measuresLost.map((m) => `− ${m}`),
                'red',
              ),
          },
        ]}
      />
    </>
  );
}
