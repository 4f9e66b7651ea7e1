import type { SearchFigures } from './search-load.js';

/** One measured figure beside the baseline taken in the same run. */
export interface Comparison {
  readonly id: 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7';
  readonly label: string;
  readonly figure: number;
  readonly baseline?: number;
  readonly unit: string;
  readonly baselineLabel: string;
  /** figure ÷ baseline; absent when the baseline was skipped. */
  readonly ratio?: number;
  /** The ratio the issue asks for (at least); absent where the issue sets an absolute goal instead. */
  readonly target?: number;
  /** An absolute goal (P6: p99 ≤ 1 s, no change missed): it decides the verdict; the ratio is then context. */
  readonly goal?: { readonly text: string; readonly met: boolean };
  readonly skipped?: string;
}

/** P6: webhook delivery from the log to 20 receivers (bench/harness/p6-delivery.ts). Milliseconds. */
export interface DeliveryFigures {
  readonly subscribers: number;
  readonly offeredPerSecond: number;
  /** Listing decisions POSTed, one per request, and how the api answered them. */
  readonly facts: number;
  readonly answers: Record<string, number>;
  readonly postedPerSecond: number;
  readonly postingSeconds: number;
  /** From the last answer to the receivers falling quiet (3 s of it included). */
  readonly drainSeconds: number;
  /** List changes (SubjectListed, SubjectDelisted) the log holds from the run. */
  readonly changes: number;
  /** The list changes' arrival rate: `changes` over the posting time (the figure held to the offered rate). */
  readonly changesPerSecond: number;
  /** Where latency starts: the change's recordedAt, stamped by the log in the appending transaction. */
  readonly latencyFrom: 'recordedAt';
  /** Which processes appended, projected and delivered. */
  readonly topology: string;
  /** Seconds the fan-out took to read the bulk-loaded log before the run (the load starts after). */
  readonly fanOutCatchUpSeconds: number;
  /** One per change and subscriber whose filter takes it. */
  readonly expectedReceipts: number;
  readonly missed: number;
  /** First arrivals of a subject's change after a later change of the same subject. */
  readonly outOfOrder: number;
  /** Changes received that the run did not cause (from before it: a subscription starting earlier in the log). */
  readonly notFromTheRun: number;
  /** Arrivals of a change already received (at least once allows them). */
  readonly repeats: number;
  readonly badSignatures: number;
  readonly unreadableBodies: number;
  readonly deliveryRequests: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** The same receivers answering a one-change body POSTed straight from the bench process. */
  readonly baseline: { readonly p50: number; readonly p99: number; readonly requests: number };
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
  /** P7: subject search under load (8 connections), ms; absent in results written before it existed. */
  readonly search?: SearchFigures;
  /** Absent when P6 could not run (its reason is on the P6 comparison). */
  readonly delivery?: DeliveryFigures;
  readonly apiPeakRssMiB: number;
  readonly databaseMiBPerMillionEvents: number;
  readonly seconds: Record<string, number>;
}
