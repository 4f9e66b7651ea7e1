import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function ListsPage() {
  return <Typography.Title level={2}>红黑名单</Typography.Title>;
}
