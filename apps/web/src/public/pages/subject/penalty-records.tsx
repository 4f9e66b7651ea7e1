import type { PublicRecord } from '../../../shared/public-api';
import { field, RecordTable } from './record-table';

/** 行政处罚: each decision with its 文号, facts, basis, content and deciding authority. */
export function PenaltyRecords({ records }: { records: readonly PublicRecord[] }) {
  return (
    <RecordTable
      heading="行政处罚"
      records={records}
      columns={[
        { title: '行政处罚决定书文号', key: 'number', width: 190, render: (_, r) => field(r, 'decisionNumber') ?? '—' },
        {
          title: '违法行为与处罚',
          key: 'what',
          render: (_, r) => (
            <>
              <strong>{r.title}</strong>
              {field(r, 'violationFacts') && <div>违法事实：{field(r, 'violationFacts')}</div>}
              {field(r, 'legalBasis') && <div>处罚依据：{field(r, 'legalBasis')}</div>}
              <div>
                处罚内容：{field(r, 'content') ?? '—'}
                {field(r, 'fineAmount') ? `（罚款 ${field(r, 'fineAmount')} 万元）` : ''}
              </div>
            </>
          ),
        },
        {
          title: '处罚机关',
          key: 'authority',
          width: 170,
          render: (_, r) => field(r, 'authorityName') ?? field(r, 'authorityCode') ?? '—',
        },
        { title: '决定日期', key: 'date', width: 110, render: (_, r) => field(r, 'decisionDate') ?? '—' },
      ]}
    />
  );
}
