import { Button, Table, Tag, Tooltip } from 'antd';
import { documentText } from './labels';
import { ProofChain } from './proof-chain';
import { scenarioLabel } from './scenarios';
import type { HistoryEvent, ListEntry, Measure } from './subject-answers';

/** A measure under one of its scenarios ('' when it names none). */
export interface MeasureRow {
  readonly scenario: string;
  readonly measure: Measure;
}

interface MeasureTableProps {
  readonly rows: readonly MeasureRow[];
  readonly entries: readonly ListEntry[];
  readonly events: ReadonlyMap<string, HistoryEvent>;
}

const keyOf = (row: MeasureRow) => `${row.scenario}:${row.measure.id}`;

/** The measures by scenario and department, each with its legal basis and its proof chain to expand. */
export function MeasureTable({ rows, entries, events }: MeasureTableProps) {
  // the scenario is named on the first row of its group only: the rows read as groups
  const firstOfScenario = new Set(rows.filter((row, i) => i === 0 || rows[i - 1].scenario !== row.scenario).map(keyOf));
  return (
    <Table<MeasureRow>
      aria-label="措施 Measures"
      rowKey={keyOf}
      size="small"
      pagination={false}
      dataSource={[...rows]}
      expandable={{
        expandedRowRender: ({ measure }) => <ProofChain measure={measure} entries={entries} events={events} />,
        expandIcon: ({ expanded, onExpand, record }) => (
          <Button
            size="small"
            aria-expanded={expanded}
            aria-label={`依据链：${record.measure.text}`}
            onClick={(event) => onExpand(record, event)}
          >
            依据链
          </Button>
        ),
      }}
      columns={[
        {
          title: '应用场景 Scenario',
          key: 'scenario',
          render: (_, row) =>
            firstOfScenario.has(keyOf(row)) ? (
              <strong>{row.scenario ? `${scenarioLabel(row.scenario)}（${row.scenario}）` : '未限定场景 Any'}</strong>
            ) : null,
        },
        { title: '实施部门 Department', key: 'departments', render: (_, { measure }) => measure.departments.join('、') || '—' },
        {
          title: '措施 Measure',
          key: 'measure',
          render: (_, { measure: m }) => (
            <>
              <Tag color={m.kind === 'punishment' ? 'red' : 'green'}>{m.kind === 'punishment' ? '惩戒' : '激励'}</Tag>
              {m.advisory && <Tag>供参考 advisory</Tag>}
              <span>{m.text}</span>
              <div style={{ color: '#666', fontSize: 12 }}>{m.gloss}</div>
            </>
          ),
        },
        {
          title: '法律依据 Legal basis',
          key: 'basis',
          render: (_, { measure: m }) => (
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
