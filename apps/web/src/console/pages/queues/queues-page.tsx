import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ObjectionsTable } from './objections-table';
import type { QueueFilter } from './queue-filters';
import { RepairsTable } from './repairs-table';

type Tab = 'objections' | 'repairs';

/** 异议与修复: the objection and credit-repair queues with their deadlines; filters and the tab live in the URL. */
export default function QueuesPage() {
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'repairs' ? 'repairs' : 'objections';
  const status = params.get('status') ?? undefined;
  const overdue = params.get('overdue') ?? undefined;
  const filter = (filters: QueueFilter) => {
    const next = new URLSearchParams({ tab });
    if (filters.status) next.set('status', filters.status);
    if (filters.overdue) next.set('overdue', filters.overdue);
    setParams(next, { replace: true });
  };
  const props = { status, overdue, onFilter: filter };
  return (
    <>
      <Typography.Title level={2}>异议与修复 Objections &amp; repairs</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'objections', label: '异议 Objections', children: tab === 'objections' && <ObjectionsTable {...props} /> },
          { key: 'repairs', label: '信用修复 Repairs', children: tab === 'repairs' && <RepairsTable {...props} /> },
        ]}
      />
    </>
  );
}
