import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function AuditPage() {
  return <Typography.Title level={2}>名单变更审计</Typography.Title>;
}
