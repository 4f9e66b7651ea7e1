import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function SubjectPage() {
  return <Typography.Title level={2}>主体信用档案</Typography.Title>;
}
