import { Descriptions, Tag } from 'antd';
import type { RuleSetsOverview } from './rule-set-shapes';

/** The version in force today and since when (the shipped one until an activation takes effect). */
export function InForce({ overview }: { overview: RuleSetsOverview }) {
  const { inForce } = overview;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      title={`现行规则集 In force（截至 ${overview.asOf}）`}
      items={[
        { key: 'id', label: '规则集 Rule set', children: inForce.id },
        {
          key: 'version',
          label: '版本 Version',
          children: (
            <>
              <strong>{inForce.version}</strong> {inForce.shipped && <Tag>内置 Shipped</Tag>}
            </>
          ),
        },
        { key: 'since', label: '生效日期 Since', children: inForce.since ?? '（内置版本，未经激活）' },
        { key: 'digest', label: '摘要 Digest', children: <code>{inForce.digest.slice(0, 16)}…</code> },
      ]}
    />
  );
}
