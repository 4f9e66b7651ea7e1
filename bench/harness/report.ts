import fs from 'node:fs';
import path from 'node:path';
import { renderChart } from './chart.js';
import type { BenchResults, Comparison, DeliveryFigures } from './results.js';

const figure = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n) ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (c: Comparison) =>
  c.skipped
    ? 'skipped'
    : c.goal
      ? c.goal.met
        ? 'met'
        : 'missed'
      : c.ratio === undefined
        ? 'skipped'
        : c.ratio >= c.target!
          ? 'met'
          : 'missed';
const targetText = (c: Comparison) => c.goal?.text ?? `≥ ${c.target}`;

export function comparisonTable(results: BenchResults): string {
  const rows = results.comparisons.map(
    (c) =>
      `| ${c.id} | ${c.label} | ${figure(c.figure, c.id === 'P5' ? 0 : 0)} ${c.unit} | ${c.skipped ? `skipped: ${c.skipped}` : `${figure(c.baseline)} ${c.unit} (${c.baselineLabel})`} | ${c.ratio === undefined ? '—' : figure(c.ratio, 2)} | ${targetText(c)} | ${verdict(c)} |`,
  );
  return ['| | measured | figure | baseline (same run) | ratio | target | |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

export function markdown(results: BenchResults): string {
  const { machine, dataset, latency } = results;
  const l = (name: string, f: { requestsPerSecond: number; p50: number; p90: number; p99: number; errors: number }) =>
    `| ${name} | ${figure(f.requestsPerSecond)} | ${f.p50} | ${f.p90} | ${f.p99} | ${f.errors} |`;
  return [
    `# jiangcheng bench — scale ${results.scale} (seed ${results.seed}), ${results.storage}`,
    '',
    `Run ${results.startedAt} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.database}.`,
    `Dataset: ${figure(dataset.facts)} facts (${figure(dataset.enterprises)} organisations, ${figure(dataset.persons)} legal representatives asked about) → ${figure(dataset.events)} events.`,
    '',
    comparisonTable(results),
    '',
    '## Latency under load (8 connections from the bench process; the api is its own process), ms',
    '',
    '| endpoint | req/s | p50 | p90 | p99 | errors |',
    '|---|---|---|---|---|---|',
    l('GET /v1/subjects/{enterprise}/measures', latency.enterpriseMeasures),
    l('GET /v1/subjects/{person}/measures (access-logged)', latency.personMeasures),
    l('GET /health/live (trivial)', latency.trivial),
    `| POST /v1/checks, 1,000 subjects, one at a time | — | ${figure(latency.batchCheck1000.p50, 1)} | — | ${figure(latency.batchCheck1000.p99, 1)} | ${latency.batchCheck1000.calls} calls |`,
    '',
    ...searchSection(results.search),
    ...deliverySection(results.delivery),
    `Peak api RSS: ${results.apiPeakRssMiB} MiB. Database: ${figure(results.databaseMiBPerMillionEvents)} MiB per million events.`,
    '',
    `Phase times (s): ${Object.entries(results.seconds)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}.`,
    '',
  ].join('\n');
}

function searchSection(s: BenchResults['search']): string[] {
  if (!s) return [];
  const row = (name: string, f: { requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number }) =>
    `| ${name} | ${figure(f.requestsPerSecond)} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.errors} |`;
  return [
    `## Subject search (P7): GET /v1/subjects?q= over ${figure(s.organisations)} organisations, random substrings of real names, ms`,
    '',
    '| query | req/s | p50 | p95 | p99 | errors |',
    '|---|---|---|---|---|---|',
    ...Object.entries(s.byLength).map(([n, f]) => row(`${n} characters of a name`, f)),
    row('full 统一社会信用代码 (baseline)', s.exactCode),
    '',
  ];
}

function deliverySection(d: DeliveryFigures | undefined): string[] {
  if (!d) return [];
  const answers = Object.entries(d.answers)
    .map(([status, n]) => `${figure(n)} ${status}`)
    .join(', ');
  return [
    `## Webhook delivery (P6): ${d.subscribers} subscribers, list changes at ${d.offeredPerSecond}/s, ms from the change's ${d.latencyFrom} to its first receipt`,
    '',
    '| p50 | p95 | p99 | max | expected receipts | missed | out of order | repeats | bad signatures |',
    '|---|---|---|---|---|---|---|---|---|',
    `| ${figure(d.p50)} | ${figure(d.p95)} | ${figure(d.p99)} | ${figure(d.max)} | ${figure(d.expectedReceipts)} | ${d.missed} | ${d.outOfOrder} | ${d.repeats} | ${d.badSignatures} |`,
    '',
    `${d.topology} (the fan-out first read the bulk-loaded log in ${d.fanOutCatchUpSeconds.toFixed(1)} s): ${figure(d.facts)} facts that list POSTed one per request at ${figure(d.postedPerSecond)}/s over ${d.postingSeconds.toFixed(1)} s (${answers}); ` +
      `the log holds ${figure(d.changes)} list changes from them (${figure(d.changesPerSecond)}/s), which ${figure(d.deliveryRequests)} delivery requests carried; ` +
      `receivers quiet ${d.drainSeconds.toFixed(1)} s after the last answer. Changes received from before the run: ${d.notFromTheRun}. ` +
      `Baseline: a one-change body POSTed straight to the receivers, p50 ${figure(d.baseline.p50, 1)} ms, p99 ${figure(d.baseline.p99, 1)} ms.`,
    '',
  ];
}

/** `<scale>-<storage>.json`, `.md` and `.png` under `dir`; returns the paths. */
export function writeResults(results: BenchResults, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${results.scale}-${results.storage}`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, markdown(results));
  fs.writeFileSync(`${base}.png`, renderChart(results).png);
  return [`${base}.json`, `${base}.md`, `${base}.png`];
}
