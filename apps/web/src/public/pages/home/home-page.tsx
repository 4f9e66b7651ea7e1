import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function HomePage() {
  return <Typography.Title level={2}>信用查询</Typography.Title>;
}
