import { List, Tag, Typography } from 'antd';
import { documentText } from './labels';
import type { RepairEligibility } from './subject-answers';

/** Whether each record may be repaired on the as-of date, and why not (令第36号 conditions as the api states them). */
export function RepairPanel({ eligibility }: { eligibility: RepairEligibility }) {
  return (
    <>
      <Typography.Paragraph type="secondary">条件依据：{documentText(eligibility.conditions)}</Typography.Paragraph>
      <List
        size="small"
        locale={{ emptyText: '无可修复的记录' }}
        dataSource={[...eligibility.records]}
        renderItem={({ record, eligible, reasons }) => (
          <List.Item>
            <div>
              <Tag color={eligible ? 'green' : 'default'}>{eligible ? '可申请修复' : '暂不可修复'}</Tag>
              {record.label ?? record.kind}
              {record.documentDate && `（${record.documentDate}）`}
              {!eligible && (
                <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                  {reasons.map((r) => (
                    <li key={r.code}>{r.reason}</li>
                  ))}
                </ul>
              )}
            </div>
          </List.Item>
        )}
      />
    </>
  );
}
