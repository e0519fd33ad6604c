import { binomialCdf } from '../stats/binomial-cdf.js';
import { hodgesLehmannShift } from '../stats/hodges-lehmann-shift.js';
import { mannWhitneyU } from '../stats/mann-whitney-u.js';
import type { Attempt } from '../core/attempt.js';

/** Operational metrics barometer tracks besides the pass rate. */
export const OPERATIONAL_METRICS = {
  tokens: (a: Attempt) => a.usage.inputTokens + a.usage.outputTokens + a.usage.cacheReadTokens + a.usage.cacheWriteTokens,
  outputTokens: (a: Attempt) => a.usage.outputTokens,
  costUsd: (a: Attempt) => a.costUsd,
  agentSeconds: (a: Attempt) => a.agentMs / 1000,
  turns: (a: Attempt) => a.turns,
  toolCalls: (a: Attempt) => Object.values(a.toolCalls).reduce((s, n) => s + n, 0),
} as const satisfies Record<string, (a: Attempt) => number | null>;
export type OperationalMetric = keyof typeof OPERATIONAL_METRICS;

/** A median with a distribution-free 95% interval (order statistics). */
export interface MedianSummary {
  n: number;
  median: number | null;
  lower: number | null;
  upper: number | null;
}

/** Drift of a metric in a window against the baseline. */
export interface MetricDrift {
  baseline: MedianSummary;
  window: MedianSummary;
  /** Hodges–Lehmann shift (window − baseline) and the same relative to the baseline median. */
  shift: number | null;
  relativeShift: number | null;
  /** Two-sided Mann–Whitney p-value. */
  pValue: number | null;
}

/**
 * The median of `values` with a distribution-free interval: the order statistics x(j) and x(n−j+1)
 * with j the largest index such that P(Bin(n, ½) ≤ j − 1) ≤ (1 − confidence)/2 (null bounds when n is
 * too small for that confidence).
 */
export function medianWithInterval(values: readonly number[], confidence = 0.95): MedianSummary {
  const xs = [...values].sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return { n, median: null, lower: null, upper: null };
  const median = n % 2 === 1 ? xs[(n - 1) / 2]! : (xs[n / 2 - 1]! + xs[n / 2]!) / 2;
  const alpha = (1 - confidence) / 2;
  let j = 0;
  while (j + 1 <= n && binomialCdf(j, n, 0.5) <= alpha) j += 1;
  if (j === 0) return { n, median, lower: null, upper: null };
  return { n, median, lower: xs[j - 1]!, upper: xs[n - j]! };
}

/** Values of a metric over attempts, errors and unknown values left out. */
export function metricValues(attempts: readonly Attempt[], metric: OperationalMetric): number[] {
  const get = OPERATIONAL_METRICS[metric];
  const out: number[] = [];
  for (const a of attempts) {
    if (a.outcome === 'error') continue;
    const v = get(a);
    if (v !== null && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** Median, interval and drift (Mann–Whitney, Hodges–Lehmann) of every operational metric. */
export function operationalDrift(baseline: readonly Attempt[], window: readonly Attempt[]): Record<OperationalMetric, MetricDrift> {
  const out = {} as Record<OperationalMetric, MetricDrift>;
  for (const metric of Object.keys(OPERATIONAL_METRICS) as OperationalMetric[]) {
    const x = metricValues(window, metric);
    const y = metricValues(baseline, metric);
    const base = medianWithInterval(y);
    const win = medianWithInterval(x);
    if (x.length === 0 || y.length === 0) {
      out[metric] = { baseline: base, window: win, shift: null, relativeShift: null, pValue: null };
      continue;
    }
    const shift = hodgesLehmannShift(x, y);
    out[metric] = {
      baseline: base,
      window: win,
      shift,
      relativeShift: base.median ? shift / base.median : null,
      pValue: mannWhitneyU(x, y).pValue,
    };
  }
  return out;
}

/** One day's medians of every operational metric (null when the day has no value for it). */
export interface DailyOperational {
  date: string;
  attempts: number;
  medians: Record<OperationalMetric, number | null>;
}

/** Per-day medians of every operational metric, oldest day first (errors left out). */
export function dailyOperational(attempts: readonly (Attempt & { date: string })[]): DailyOperational[] {
  const byDay = new Map<string, Attempt[]>();
  for (const a of attempts) {
    const list = byDay.get(a.date);
    if (list) list.push(a);
    else byDay.set(a.date, [a]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => {
      const medians = {} as Record<OperationalMetric, number | null>;
      for (const metric of Object.keys(OPERATIONAL_METRICS) as OperationalMetric[]) medians[metric] = medianWithInterval(metricValues(list, metric)).median;
      return { date, attempts: list.filter((a) => a.outcome !== 'error').length, medians };
    });
}
