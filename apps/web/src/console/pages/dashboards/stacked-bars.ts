import type { ChartOption } from './echart';

/** One part of the bars: its legend name, its colour (CHART_COLORS) and each row's count. */
export interface StackedSeries<Row> {
  readonly name: string;
  readonly color: string;
  readonly count: (row: Row) => number;
}

/** A bar per row's category (a department, …) stacking the series' counts, whole numbers on the axis, the legend on top. */
export function stackedBars<Row>(
  rows: readonly Row[] | undefined,
  category: (row: Row) => string,
  series: readonly StackedSeries<Row>[],
  bottom = 32,
) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { top: 40, left: 40, right: 16, bottom } as Record<string, number | string>,
    xAxis: { type: 'category', data: rows?.map(category) ?? [] },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map(({ name, color, count }) => ({ name, type: 'bar', stack: 'counts', color, data: rows?.map(count) ?? [] })),
  } satisfies ChartOption;
}
