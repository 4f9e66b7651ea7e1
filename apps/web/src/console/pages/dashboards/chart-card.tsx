import { Alert, Card, Empty, Skeleton, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { EChart, type ChartOption } from './echart';

interface ChartCardProps<Row extends object> {
  readonly title: string;
  /** The basis or the time limit the report counts against, under the title. */
  readonly note?: ReactNode;
  readonly loading: boolean;
  readonly error?: string;
  readonly rows?: readonly Row[];
  readonly option: ChartOption;
  /** What a screen reader hears for the chart: what it shows and its totals. */
  readonly summary: string;
  readonly columns: TableColumnsType<Row>;
  readonly rowKey: (row: Row) => string;
}

/** A report as a chart, with a switch that shows its numbers as a table (for reading them exactly, and for screen readers). */
export function ChartCard<Row extends object>(props: ChartCardProps<Row>) {
  const [showTable, setShowTable] = useState(false);
  const switchId = useId();
  const { title, note, loading, error, rows, option, summary, columns, rowKey } = props;
  const body = () => {
    if (error) return <Alert type="error" role="alert" showIcon title={error} />;
    if (loading && !rows) return <Skeleton active />;
    if (!rows?.length) return <Empty description="本期无数据 No data in this period" />;
    return (
      <>
        <EChart option={option} label={`${title}：${summary}`} />
        {showTable && (
          <Table<Row>
            size="small"
            dataSource={[...rows]}
            columns={columns}
            rowKey={rowKey}
            pagination={false}
            scroll={{ x: true }}
            aria-label={`${title} 数据表`}
          />
        )}
      </>
    );
  };
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          {title}
        </Typography.Title>
      }
      extra={
        <span>
          <label htmlFor={switchId} style={{ marginRight: 8 }}>
            数据表 Table
          </label>
          <Switch id={switchId} size="small" checked={showTable} onChange={setShowTable} />
        </span>
      }
    >
      {note && <Typography.Paragraph type="secondary">{note}</Typography.Paragraph>}
      {body()}
    </Card>
  );
}
