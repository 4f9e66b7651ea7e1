import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { PublicRecord } from '../../../shared/public-api';
import { PublicBasisText, PublicPeriod } from '../../components/public-period';

export const field = (record: PublicRecord, name: string): string | undefined => {
  const value = record.content[name];
  return typeof value === 'string' && value ? value : undefined;
};

/** The columns every record shows: the window it is published for and the text that sets it. */
const WINDOW_COLUMNS: TableColumnsType<PublicRecord> = [
  {
    title: '公示期限',
    key: 'window',
    width: 210,
    render: (_, record) => (
      <>
        <PublicPeriod from={record.publishedFrom} until={record.publishedUntil} />
        {record.underObjection && (
          <div>
            <Tag color="orange">异议处理中（{record.underObjection.filedOn} 起）</Tag>
          </div>
        )}
      </>
    ),
  },
  { title: '公示期限依据', key: 'basis', width: 200, render: (_, record) => <PublicBasisText basis={record.basis} /> },
];

/** One kind of a subject's records under a heading, as a captioned table. */
export function RecordTable({
  heading,
  columns,
  records,
}: {
  heading: string;
  columns: TableColumnsType<PublicRecord>;
  records: readonly PublicRecord[];
}) {
  return (
    <section aria-label={heading} style={{ marginBottom: 24 }}>
      <Typography.Title level={3}>{heading}</Typography.Title>
      <Table<PublicRecord>
        caption={`${heading}（共 ${records.length} 条）`}
        columns={[...columns, ...WINDOW_COLUMNS]}
        dataSource={records as PublicRecord[]}
        rowKey={(record) => `${record.kind}|${record.publishedFrom}|${JSON.stringify(record.content).slice(0, 200)}`}
        pagination={records.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        size="middle"
        scroll={{ x: 900 }}
      />
    </section>
  );
}
