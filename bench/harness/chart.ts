import { Resvg } from '@resvg/resvg-js';
import type { BenchResults, Comparison } from './results.js';

const WIDTH = 1200;
const HEIGHT = 700;
const INK = '#212121';
const MUTED = '#757575';
const GRID = '#e0e0e0';
const PASS = '#2e7d32';
const FAIL = '#d84315';
const TARGET_LINE = '#b71c1c';
const SHADES = { p50: '#90caf9', p90: '#42a5f5', p99: '#1565c0' } as const;
const CHAR_WIDTH = 0.6;
const HALO = { stroke: 'white', 'stroke-width': 3, 'paint-order': 'stroke' };

type Attrs = Record<string, string | number | undefined>;
type Percentile = keyof typeof SHADES;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

function el(tag: string, attrs: Attrs, body?: string): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? Math.round(v * 10) / 10 : escapeXml(String(v))}"`)
    .join('');
  return body === undefined ? `<${tag}${a}/>` : `<${tag}${a}>${body}</${tag}>`;
}

const text = (x: number, y: number, s: string, attrs: Attrs = {}) =>
  el('text', { x, y, 'font-size': 12, fill: INK, ...attrs }, escapeXml(s));
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, attrs: Attrs = {}) =>
  el('line', { x1, y1, x2, y2, stroke, 'stroke-width': 1, ...attrs });
const rect = (x: number, y: number, width: number, height: number, fill: string, attrs: Attrs = {}) =>
  el('rect', { x, y, width: Math.max(0, width), height: Math.max(0, height), fill, ...attrs });

const textWidth = (s: string, fontSize: number) => s.length * fontSize * CHAR_WIDTH;
function truncate(s: string, maxWidth: number, fontSize: number): string {
  const max = Math.floor(maxWidth / (fontSize * CHAR_WIDTH));
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1))}…`;
}

const num = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : String(Number(v.toPrecision(Math.abs(v) >= 1 ? 3 : 2))));

interface LogScale {
  readonly lo: number;
  readonly hi: number;
  readonly ticks: readonly number[];
  at(v: number): number;
}

function logScale(lo: number, hi: number, from: number, to: number): LogScale {
  const [a, b] = [Math.log10(lo), Math.log10(hi)];
  const ticks = Array.from({ length: Math.round(b - a) + 1 }, (_, i) => Number((10 ** (a + i)).toPrecision(1)));
  return {
    lo,
    hi,
    ticks,
    at: (v) => from + ((Math.log10(Math.min(hi, Math.max(lo, v))) - a) / (b - a)) * (to - from),
  };
}

const positive = (values: readonly number[]) => values.filter((v) => Number.isFinite(v) && v > 0);
const floorDecade = (v: number) => 10 ** Math.floor(Math.log10(v));
const ceilDecade = (v: number) => 10 ** Math.ceil(Math.log10(v));

function ratioPanel(comparisons: readonly Comparison[], left: number, right: number): string {
  const [x0, x1, top, bottom] = [left + 10, right - 10, 122, 596];
  const values = positive(comparisons.flatMap((c) => [c.ratio ?? NaN, c.target ?? NaN]));
  const scale = logScale(Math.min(0.01, floorDecade(Math.min(...values, 1))), Math.max(100, ceilDecade(Math.max(...values, 1))), x0, x1);
  const parts = [text(left, 100, 'Ratio to same-run baseline', { 'font-size': 16, 'font-weight': 'bold' })];
  for (const t of scale.ticks) {
    const x = scale.at(t);
    parts.push(line(x, top, x, bottom, t === 1 ? '#9e9e9e' : GRID, { 'stroke-width': t === 1 ? 1.5 : 1 }));
    parts.push(text(x, bottom + 16, num(t), { 'text-anchor': 'middle', fill: MUTED }));
  }
  parts.push(line(x0, bottom, x1, bottom, INK));
  parts.push(
    text((x0 + x1) / 2, bottom + 36, `figure ÷ baseline, log10 scale (${num(scale.lo)} … ${num(scale.hi)})`, {
      'text-anchor': 'middle',
    }),
  );

  const rowHeight = (bottom - top) / Math.max(1, comparisons.length);
  const barHeight = Math.min(24, rowHeight * 0.4);
  comparisons.forEach((c, i) => {
    const barY = top + i * rowHeight + rowHeight / 2 - barHeight / 2 + 6;
    const ratio = c.ratio;
    // A row with an absolute goal (P6) is judged by it; its ratio is context and has no target tick.
    const goal = c.goal?.text ?? `target ≥ ${num(c.target!)}`;
    const note = ratio === undefined ? goal : `${num(ratio)} (${goal})`;
    const met = c.goal ? c.goal.met : ratio !== undefined && ratio >= c.target!;
    const colour = ratio === undefined ? MUTED : met ? PASS : FAIL;
    const labelWidth = x1 - x0 - textWidth(note, 13) - 12;
    parts.push(text(x0, barY - 7, truncate(`${c.id}  ${c.label}`, labelWidth, 13), { 'font-size': 13 }));
    parts.push(text(x1, barY - 7, note, { 'font-size': 13, 'font-weight': 'bold', fill: colour, 'text-anchor': 'end' }));
    if (ratio === undefined || !Number.isFinite(ratio)) {
      const reason = `skipped: ${c.skipped ?? 'no ratio'}`;
      parts.push(
        text(x0 + 6, barY + barHeight / 2 + 4, truncate(reason, x1 - x0 - 12, 12), { fill: MUTED, 'font-style': 'italic', ...HALO }),
      );
      return;
    }
    parts.push(rect(x0, barY, scale.at(ratio) - x0, barHeight, colour));
    if (c.target === undefined) return;
    const tx = scale.at(c.target);
    parts.push(line(tx, barY - 4, tx, barY + barHeight + 4, INK, { 'stroke-width': 2.5 }));
  });

  const legendY = HEIGHT - 24;
  parts.push(rect(x0, legendY - 10, 12, 12, PASS), text(x0 + 18, legendY, 'meets target'));
  parts.push(rect(x0 + 120, legendY - 10, 12, 12, FAIL), text(x0 + 138, legendY, 'misses target'));
  parts.push(line(x0 + 250, legendY - 12, x0 + 250, legendY + 3, INK, { 'stroke-width': 2.5 }));
  parts.push(text(x0 + 258, legendY, 'target (ratio at least)'));
  return parts.join('\n');
}

function latencyPanel(latency: BenchResults['latency'], left: number, right: number): string {
  const groups: { name: string[]; values: Partial<Record<Percentile, number>> }[] = [
    { name: ['enterprise', 'measures'], values: latency.enterpriseMeasures },
    { name: ['person', 'measures'], values: latency.personMeasures },
    { name: ['trivial'], values: latency.trivial },
    { name: ['batch check', '×1000'], values: { p50: latency.batchCheck1000.p50, p99: latency.batchCheck1000.p99 } },
  ];
  const keys = Object.keys(SHADES) as Percentile[];
  const [x0, x1, top, bottom] = [left + 56, right - 10, 140, 596];
  const values = positive([5, ...groups.flatMap((g) => keys.map((k) => g.values[k] ?? NaN))]);
  const scale = logScale(
    10 ** (Math.ceil(Math.log10(Math.min(...values))) - 1),
    10 ** (Math.floor(Math.log10(Math.max(...values))) + 1),
    bottom,
    top,
  );

  const parts = [text(left, 100, 'Latency under load (ms)', { 'font-size': 16, 'font-weight': 'bold' })];
  keys.forEach((k, i) => {
    const lx = left + i * 70;
    parts.push(rect(lx, 114, 12, 12, SHADES[k]), text(lx + 18, 124, k));
  });
  for (const t of scale.ticks) {
    const y = scale.at(t);
    parts.push(line(x0, y, x1, y, GRID), text(x0 - 6, y + 4, num(t), { 'text-anchor': 'end', fill: MUTED }));
  }
  parts.push(line(x0, top, x0, bottom, INK), line(x0, bottom, x1, bottom, INK));
  const axisX = left + 12;
  const axisY = (top + bottom) / 2;
  parts.push(text(axisX, axisY, 'milliseconds, log10 scale', { 'text-anchor': 'middle', transform: `rotate(-90 ${axisX} ${axisY})` }));

  const ty = scale.at(5);
  parts.push(line(x0, ty, x1, ty, TARGET_LINE, { 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }));
  parts.push(text(x1 - 2, ty - 6, 'p99 target', { fill: TARGET_LINE, 'text-anchor': 'end' }));
  parts.push(text(x1 - 2, ty + 15, '5 ms', { fill: TARGET_LINE, 'text-anchor': 'end' }));
  const labelMargin = 76;
  const groupWidth = (x1 - x0 - labelMargin) / groups.length;
  const barWidth = Math.min(34, (groupWidth * 0.8) / keys.length);
  const gap = 4;
  groups.forEach((g, i) => {
    const present = keys.filter((k) => g.values[k] !== undefined);
    const centre = x0 + groupWidth * (i + 0.5);
    const start = centre - (present.length * barWidth + (present.length - 1) * gap) / 2;
    present.forEach((k, j) => {
      const v = g.values[k] as number;
      const x = start + j * (barWidth + gap);
      const y = v > 0 ? scale.at(v) : bottom;
      parts.push(rect(x, y, barWidth, bottom - y, SHADES[k]));
      parts.push(text(x + barWidth / 2, y - 4, num(v), { 'font-size': 11, 'text-anchor': 'middle', ...HALO }));
    });
    g.name.forEach((part, j) => parts.push(text(centre, bottom + 18 + j * 15, part, { 'text-anchor': 'middle' })));
  });

  return parts.join('\n');
}

export function renderChart(results: BenchResults): { svg: string; png: Buffer } {
  const { machine, dataset } = results;
  const count = (n: number) => n.toLocaleString('en-US');
  const title = `jiangcheng bench — scale ${results.scale}, ${results.storage}, ${machine.cpus} cores, ${machine.memoryGiB} GiB, ${machine.database}`;
  const subtitle = `${count(dataset.facts)} facts / ${count(dataset.events)} events · started ${results.startedAt}`;
  const body = [
    rect(0, 0, WIDTH, HEIGHT, 'white'),
    text(30, 36, truncate(title, WIDTH - 60, 20), { 'font-size': 20, 'font-weight': 'bold' }),
    text(30, 60, subtitle, { 'font-size': 13, fill: MUTED }),
    ratioPanel(results.comparisons, 30, 590),
    latencyPanel(results.latency, 625, 1180),
  ].join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans, sans-serif">\n${body}\n</svg>\n`;
  const png = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: WIDTH },
  })
    .render()
    .asPng();
  return { svg, png };
}
