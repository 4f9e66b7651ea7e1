import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function DashboardsPage() {
  return <Typography.Title level={2}>统计看板</Typography.Title>;
}
