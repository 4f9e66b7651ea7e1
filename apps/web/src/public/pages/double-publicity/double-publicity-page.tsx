import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { DoublePublicityList } from './double-publicity-list';

const KINDS = [
  { key: 'penalty', label: '行政处罚' },
  { key: 'licence', label: '行政许可' },
] as const;

/** 双公示: administrative licences and penalties published today, one tab each. */
export default function DoublePublicityPage() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') === 'licence' ? 'licence' : 'penalty';
  return (
    <>
      <Typography.Title level={2}>双公示</Typography.Title>
      <Typography.Paragraph type="secondary">
        今日在公示期限内的行政许可和行政处罚信息；每条注明公示期限及其依据。期满、撤销或信用修复后不再显示。
      </Typography.Paragraph>
      <Tabs
        activeKey={kind}
        onChange={(key) => setParams({ kind: key }, { replace: true })}
        items={KINDS.map(({ key, label }) => ({ key, label, children: key === kind ? <DoublePublicityList kind={key} /> : null }))}
      />
    </>
  );
}
