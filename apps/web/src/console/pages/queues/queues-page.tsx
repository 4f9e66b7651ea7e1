import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function QueuesPage() {
  return <Typography.Title level={2}>异议与修复</Typography.Title>;
}
