import { Button, Table, Tag, Tooltip } from 'antd';
import { documentText } from './labels';
import { ProofChain } from './proof-chain';
import type { HistoryEvent, ListEntry, Measure } from './subject-answers';

interface MeasureTableProps {
  readonly title: string;
  readonly measures: readonly Measure[];
  readonly entries: readonly ListEntry[];
  readonly events: ReadonlyMap<string, HistoryEvent>;
}

const byDepartment = (a: Measure, b: Measure) => (a.departments[0] ?? '').localeCompare(b.departments[0] ?? '', 'zh-CN');

/** One scenario's measures, by implementing department, each with its legal basis and its proof chain to expand. */
export function MeasureTable({ title, measures, entries, events }: MeasureTableProps) {
  return (
    <Table<Measure>
      aria-label={`措施 Measures：${title}`}
      title={() => <strong>{title}</strong>}
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...measures].sort(byDepartment)}
      expandable={{
        expandedRowRender: (measure) => <ProofChain measure={measure} entries={entries} events={events} />,
        expandIcon: ({ expanded, onExpand, record }) => (
          <Button size="small" aria-expanded={expanded} aria-label={`依据链：${record.text}`} onClick={(event) => onExpand(record, event)}>
            依据链
          </Button>
        ),
      }}
      columns={[
        { title: '实施部门 Department', dataIndex: 'departments', render: (d: readonly string[]) => d.join('、') || '—' },
        {
          title: '措施 Measure',
          key: 'measure',
          render: (_, m) => (
            <>
              <Tag color={m.kind === 'punishment' ? 'red' : 'green'}>{m.kind === 'punishment' ? '惩戒' : '激励'}</Tag>
              {m.advisory && <Tag>供参考 advisory</Tag>}
              <span>{m.text}</span>
              <div style={{ color: '#888', fontSize: 12 }}>{m.gloss}</div>
            </>
          ),
        },
        {
          title: '法律依据 Legal basis',
          key: 'basis',
          render: (_, m) => (
            <>
              <div>{documentText(m.basis)}</div>
              {m.statute && (
                <div style={{ fontSize: 12 }}>
                  上位法：{documentText(m.statute)}
                  {m.statute.level ? `（${m.statute.level}）` : ''}
                </div>
              )}
              {m.inferred && (
                <Tooltip title={m.inferred}>
                  <Tag tabIndex={0}>含推断 inferred</Tag>
                </Tooltip>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
