/** One measured figure beside the baseline taken in the same run. */
export interface Comparison {
  readonly id: 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
  readonly label: string;
  readonly figure: number;
  readonly baseline?: number;
  readonly unit: string;
  readonly baselineLabel: string;
  /** figure ÷ baseline; absent when the baseline was skipped. */
  readonly ratio?: number;
  /** The ratio the issue asks for (at least). */
  readonly target: number;
  readonly skipped?: string;
}

export interface LatencyFigures {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly requests: number;
  readonly errors: number;
}

export interface BenchResults {
  readonly scale: string;
  readonly seed: number;
  readonly storage: 'postgres' | 'embedded';
  readonly startedAt: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGiB: number;
    readonly node: string;
    readonly database: string;
  };
  readonly dataset: { readonly facts: number; readonly events: number; readonly enterprises: number; readonly persons: number };
  readonly comparisons: readonly Comparison[];
  /** Under load from a second process, 8 connections: milliseconds. */
  readonly latency: {
    readonly enterpriseMeasures: LatencyFigures;
    readonly personMeasures: LatencyFigures;
    readonly trivial: LatencyFigures;
    readonly batchCheck1000: { readonly p50: number; readonly p99: number; readonly calls: number };
  };
  readonly apiPeakRssMiB: number;
  readonly databaseMiBPerMillionEvents: number;
  readonly seconds: Record<string, number>;
}
