import { Typography } from 'antd';

/** Placeholder until this page is built (issue 15). */
export default function InspectionsPage() {
  return <Typography.Title level={2}>双随机抽查结果</Typography.Title>;
}
