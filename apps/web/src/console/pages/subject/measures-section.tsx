import { Empty } from 'antd';
import { SCENARIOS } from './scenarios';
import { MeasureTable, type MeasureRow } from './measure-table';
import type { HistoryEvent, ListEntry, Measure } from './subject-answers';

interface MeasuresSectionProps {
  readonly measures: readonly Measure[];
  readonly entries: readonly ListEntry[];
  readonly events: ReadonlyMap<string, HistoryEvent>;
  readonly scenario?: string;
}

const ORDER = Object.keys(SCENARIOS);
/** A measure that names no scenario applies in any: it comes last. */
const ANY = '';
const rank = (scenario: string) => (scenario === ANY ? ORDER.length : ORDER.indexOf(scenario));

/**
 * The measures that apply on the as-of date, grouped by scenario then implementing department (a measure of two
 * scenarios shows under each). One table: the first load renders it before anything else on the page.
 */
export function MeasuresSection({ measures, entries, events, scenario }: MeasuresSectionProps) {
  if (measures.length === 0) return <Empty description="该日无适用的惩戒或激励措施" />;
  const rows: MeasureRow[] = measures
    .flatMap((measure) => (measure.scenarios.length ? measure.scenarios : [ANY]).map((s) => ({ scenario: s, measure })))
    .filter((row) => !scenario || row.scenario === scenario || row.scenario === ANY)
    .sort(
      (a, b) =>
        rank(a.scenario) - rank(b.scenario) || (a.measure.departments[0] ?? '').localeCompare(b.measure.departments[0] ?? '', 'zh-CN'),
    );
  return <MeasureTable rows={rows} entries={entries} events={events} />;
}
