import { Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { query } from '../../../shared/api';
import { useLoad } from '../../../shared/use-load';
import { RefusalAlert } from '../../refusal-alert';
import { useSession } from '../../session';
import { OVERDUE_ROW, OverdueTag } from './overdue-tag';
import { QueueFilters, type FilterOption, type QueueFilter } from './queue-filters';

interface QueueTableProps<Queue, Row> extends QueueFilter {
  /** The queue's endpoint, asked with the filters (`?status=&overdue=`). */
  readonly path: string;
  readonly idPrefix: string;
  readonly statuses: readonly FilterOption[];
  readonly onFilter: (filters: QueueFilter) => void;
  readonly label: string;
  readonly rows: (queue: Queue) => readonly Row[];
  /** The time limits the rows are judged on, above the table. */
  readonly note: (queue: Queue) => ReactNode;
  readonly rowKey: keyof Row & string;
  /** The columns before the last one, 逾期 Overdue. */
  readonly columns: TableColumnsType<Row>;
}

/** A queue with its filters (status, overdue), the api's refusal, and its rows; an overdue row is tagged and marked. */
export function QueueTable<Queue, Row extends { readonly overdue: boolean }>(props: QueueTableProps<Queue, Row>) {
  const { path, idPrefix, statuses, status, overdue, onFilter, label, rows, note, rowKey, columns } = props;
  const { call } = useSession();
  const { data, loading, error } = useLoad(() => call<Queue>(`${path}${query({ status, overdue })}`), [call, path, status, overdue]);
  return (
    <>
      <QueueFilters idPrefix={idPrefix} statuses={statuses} status={status} overdue={overdue} onChange={onFilter} />
      <RefusalAlert error={error} />
      {data && <Typography.Paragraph type="secondary">{note(data)}</Typography.Paragraph>}
      <Table<Row>
        aria-label={label}
        loading={loading}
        dataSource={data ? [...rows(data)] : []}
        rowKey={rowKey}
        onRow={(row) => ({ style: row.overdue ? OVERDUE_ROW : undefined })}
        scroll={{ x: true }}
        columns={[...columns, { title: '逾期 Overdue', render: (_, row) => <OverdueTag overdue={row.overdue} /> }]}
      />
    </>
  );
}
