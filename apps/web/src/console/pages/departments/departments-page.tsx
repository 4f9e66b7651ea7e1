import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function DepartmentsPage() {
  return <Typography.Title level={2}>部门与密钥</Typography.Title>;
}
