import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function DoublePublicityPage() {
  return <Typography.Title level={2}>双公示</Typography.Title>;
}
