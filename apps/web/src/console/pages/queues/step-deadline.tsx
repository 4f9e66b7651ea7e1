import { Space, Tag, Typography } from 'antd';
import type { TimeLimit } from './queue-rows';

const STATUS: Record<TimeLimit['status'], { label: string; color?: string }> = {
  open: { label: '办理中 Open', color: 'processing' },
  overdue: { label: '逾期 Overdue', color: 'error' },
  met: { label: '按期 Met', color: 'success' },
  missed: { label: '超期办结 Late', color: 'warning' },
  'calendar-unknown': { label: '日历未覆盖 Calendar unknown' },
};

/** A step's deadline (the last working day) and where it stands today; nothing while the step has not started. */
export function StepDeadline({ limit }: { limit?: TimeLimit }) {
  if (!limit) return <Typography.Text type="secondary">—</Typography.Text>;
  const status = STATUS[limit.status];
  return (
    <Space orientation="vertical" size={0}>
      <span>
        截止 {limit.dueOn ?? '（日历未覆盖）'}
        <Typography.Text type="secondary">（{limit.workingDays} 个工作日）</Typography.Text>
      </span>
      <span>
        <Tag color={status.color}>{status.label}</Tag>
        {limit.doneOn && <Typography.Text type="secondary">办理于 {limit.doneOn}</Typography.Text>}
      </span>
    </Space>
  );
}
