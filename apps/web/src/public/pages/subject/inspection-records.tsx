import type { PublicRecord } from '../../../shared/public-api';
import { field, RecordTable } from './record-table';

/** 双随机抽查结果: each inspection with its number, items, result and inspecting authority. */
export function InspectionRecords({ records }: { records: readonly PublicRecord[] }) {
  return (
    <RecordTable
      heading="双随机抽查结果"
      records={records}
      columns={[
        { title: '抽查编号', key: 'number', width: 160, render: (_, r) => field(r, 'inspectionNumber') ?? '—' },
        { title: '抽查事项', key: 'items', render: (_, r) => field(r, 'items') ?? r.title },
        { title: '抽查结果', key: 'result', width: 130, render: (_, r) => field(r, 'resultLabel') ?? field(r, 'result') ?? '—' },
        {
          title: '抽查机关',
          key: 'authority',
          width: 170,
          render: (_, r) => field(r, 'authorityName') ?? field(r, 'authorityCode') ?? '—',
        },
        { title: '抽查日期', key: 'date', width: 110, render: (_, r) => field(r, 'inspectedOn') ?? '—' },
      ]}
    />
  );
}
