import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function SearchPage() {
  return <Typography.Title level={2}>主体查询</Typography.Title>;
}
