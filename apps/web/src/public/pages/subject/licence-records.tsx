import type { PublicRecord } from '../../../shared/public-api';
import { field, RecordTable } from './record-table';

/** 行政许可: each licence in force with its 文号, content, term and licensing authority. */
export function LicenceRecords({ records }: { records: readonly PublicRecord[] }) {
  return (
    <RecordTable
      heading="行政许可"
      records={records}
      columns={[
        { title: '行政许可决定文书号', key: 'number', width: 190, render: (_, r) => field(r, 'decisionNumber') ?? '—' },
        {
          title: '许可内容',
          key: 'what',
          render: (_, r) => (
            <>
              <strong>{r.title}</strong>
              {field(r, 'content') && <div>{field(r, 'content')}</div>}
              <div>
                有效期：{field(r, 'validFrom') ?? field(r, 'decisionDate') ?? '—'} 至 {field(r, 'validTo') ?? '长期'}
              </div>
            </>
          ),
        },
        {
          title: '许可机关',
          key: 'authority',
          width: 170,
          render: (_, r) => field(r, 'authorityName') ?? field(r, 'authorityCode') ?? '—',
        },
        { title: '决定日期', key: 'date', width: 110, render: (_, r) => field(r, 'decisionDate') ?? '—' },
      ]}
    />
  );
}
