import { Table } from 'antd';
import { formatInstant } from '../../../shared/dates';
import type { RuleSetActivation, RuleSetsOverview } from './rule-set-shapes';

/** Activations in the order recorded; one dated after today is scheduled. */
export function ActivationsTable({ overview }: { overview: RuleSetsOverview }) {
  return (
    <Table<RuleSetActivation>
      aria-label="激活记录 Activations"
      size="small"
      pagination={false}
      rowKey={(row) => `${row.version}@${row.activatedAt}`}
      dataSource={[...overview.activations]}
      locale={{ emptyText: '尚未激活过其他版本（内置版本现行）' }}
      columns={[
        { title: '版本 Version', dataIndex: 'version' },
        {
          title: '生效日期 Effective from',
          dataIndex: 'effectiveFrom',
          render: (day: string) => (day > overview.asOf ? `${day}（待生效 Scheduled）` : day),
        },
        { title: '取代 Replaces', render: (_, row) => row.previous?.version ?? '—' },
        { title: '激活时间 Activated', dataIndex: 'activatedAt', render: (at: string) => formatInstant(at) },
        { title: '操作者 By', dataIndex: 'actor', render: (actor?: string) => actor ?? '—' },
      ]}
    />
  );
}
