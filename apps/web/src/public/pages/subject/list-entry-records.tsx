import { Tag } from 'antd';
import type { PublicRecord } from '../../../shared/public-api';
import { field, RecordTable } from './record-table';

/** 红黑名单: the entries in force, with their basis (文号) and period. */
export function ListEntryRecords({ records }: { records: readonly PublicRecord[] }) {
  return (
    <RecordTable
      heading="红黑名单"
      records={records}
      columns={[
        {
          title: '名单',
          key: 'list',
          width: 200,
          render: (_, r) => (
            <>
              <Tag color={field(r, 'color') === 'red' ? 'green' : 'red'}>{field(r, 'color') === 'red' ? '红名单' : '黑名单'}</Tag>
              {field(r, 'label') ?? r.title}
            </>
          ),
        },
        {
          title: '认定依据（文号）',
          key: 'listing-basis',
          render: (_, r) => {
            const basis = r.content.basis as { documentNumber?: string; clause?: string } | undefined;
            return [basis?.documentNumber, basis?.clause, field(r, 'memorandum')].filter(Boolean).join(' ') || '—';
          },
        },
        { title: '认定机关', key: 'decidedBy', width: 180, render: (_, r) => field(r, 'decidedBy') ?? '—' },
      ]}
    />
  );
}
