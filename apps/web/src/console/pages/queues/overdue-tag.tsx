import { Tag } from 'antd';

/** Overdue said in words, not by colour alone. */
export function OverdueTag({ overdue }: { overdue: boolean }) {
  return overdue ? <Tag color="error">逾期 Overdue</Tag> : null;
}

/** An overdue row's background: besides the tag, never instead of it. */
export const OVERDUE_ROW = { background: '#fff2f0' } as const;
