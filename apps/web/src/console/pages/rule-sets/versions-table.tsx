import { Button, Table, Tag } from 'antd';
import { formatInstant } from '../../../shared/dates';
import type { PublishedRuleSet, RuleSetsOverview } from './rule-set-shapes';

/** Published versions in the order published; each can be chosen to preview and activate. */
export function VersionsTable({
  overview,
  selected,
  onSelect,
}: {
  overview: RuleSetsOverview;
  selected?: string;
  onSelect: (version: string) => void;
}) {
  return (
    <Table<PublishedRuleSet>
      aria-label="已发布版本 Published versions"
      size="small"
      pagination={false}
      rowKey="version"
      dataSource={[...overview.published]}
      columns={[
        {
          title: '版本 Version',
          dataIndex: 'version',
          render: (version: string) => (
            <>
              {version} {version === overview.inForce.version && <Tag color="success">现行 In force</Tag>}
              {version === overview.shipped.version && <Tag>内置 Shipped</Tag>}
            </>
          ),
        },
        { title: '文件所载生效日', dataIndex: 'effectiveFrom' },
        { title: '发布时间 Published', dataIndex: 'publishedAt', render: (at: string) => formatInstant(at) },
        { title: '发布者 By', dataIndex: 'actor', render: (actor?: string) => actor ?? '—' },
        {
          title: '操作 Action',
          render: (_, row) => (
            <Button size="small" type={row.version === selected ? 'primary' : 'default'} onClick={() => onSelect(row.version)}>
              预览与激活 {row.version}
            </Button>
          ),
        },
      ]}
    />
  );
}
