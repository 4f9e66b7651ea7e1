import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function PersonQueriesPage() {
  return <Typography.Title level={2}>个人信息查询记录</Typography.Title>;
}
