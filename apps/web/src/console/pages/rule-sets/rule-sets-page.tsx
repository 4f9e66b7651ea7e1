import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function RuleSetsPage() {
  return <Typography.Title level={2}>规则集</Typography.Title>;
}
