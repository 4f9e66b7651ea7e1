import { Empty, Space } from 'antd';
import { SCENARIOS, scenarioLabel } from './scenarios';
import { MeasureTable } from './measure-table';
import type { HistoryEvent, ListEntry, Measure } from './subject-answers';

interface MeasuresSectionProps {
  readonly measures: readonly Measure[];
  readonly entries: readonly ListEntry[];
  readonly events: ReadonlyMap<string, HistoryEvent>;
  readonly scenario?: string;
}

const ORDER = Object.keys(SCENARIOS);

/** The measures that apply on the as-of date, grouped by scenario (a measure of two scenarios shows under each). */
export function MeasuresSection({ measures, entries, events, scenario }: MeasuresSectionProps) {
  if (measures.length === 0) return <Empty description="该日无适用的惩戒或激励措施" />;
  const scenarios = [...new Set(measures.flatMap((m) => m.scenarios))]
    .filter((s) => !scenario || s === scenario)
    .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const unscoped = measures.filter((m) => m.scenarios.length === 0);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="measures">
      {scenarios.map((s) => (
        <MeasureTable
          key={s}
          title={`${scenarioLabel(s)}（${s}）`}
          measures={measures.filter((m) => m.scenarios.includes(s))}
          entries={entries}
          events={events}
        />
      ))}
      {!scenario && unscoped.length > 0 && (
        <MeasureTable title="未限定场景 Any scenario" measures={unscoped} entries={entries} events={events} />
      )}
    </Space>
  );
}
