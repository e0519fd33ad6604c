import { detectChange } from './detect-change.js';
import { minimumDetectableEffect } from './minimum-detectable-effect.js';
import { mixSeed, simulateStream, toDayResults } from './simulate-stream.js';

/** Options of {@link detectionPower}. */
export interface DetectionPowerOptions {
  /** Mean pass rate of the agent today (0–1). */
  readonly baselineRate: number;
  /** Tasks attempted per day (each once). */
  readonly tasksPerDay: number;
  /** Drops to simulate, in proportion units (0.05 = 5 points). Default 3, 5, 10 and 20 points. */
  readonly drops?: readonly number[];
  /** Baseline length in days. Default 14. */
  readonly baselineDays?: number;
  /** Target days between false alarms. Default 730. */
  readonly arl0?: number;
  /** Smallest effect that matters for the detector. Default 0.05. */
  readonly minEffect?: number;
  /** Share of the false-alarm budget spent on drops (see detectChange). Default 0.9. */
  readonly dropShare?: number;
  /**
   * Spread of per-task difficulty: task probabilities are Beta(c·p, c·(1−p)) with mean p. 1 (the
   * default) is U-shaped like real suites (many tasks almost always or never solved); larger is more
   * homogeneous.
   */
  readonly concentration?: number;
  /** Simulated streams per drop. Default 40. */
  readonly streams?: number;
  /** Days simulated after the change. Default 120. */
  readonly horizon?: number;
  readonly seed?: number;
}

/** The minimum detectable effect of window tests and the detector's delay for each drop. */
export interface DetectionPower {
  /** Smallest drop a two-sided 5% test of each window against the baseline detects with 80% power. */
  readonly mde: { readonly '1d': number; readonly '7d': number; readonly '30d': number };
  readonly delays: readonly {
    readonly drop: number;
    /** Median and 90th-percentile days from the change to the first alarm (Infinity: not within the horizon). */
    readonly median: number;
    readonly p90: number;
    /** Share of streams with an alarm within the horizon. */
    readonly detected: number;
  }[];
  readonly streams: number;
  readonly horizon: number;
}

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Infinity;

/**
 * Plans a budget: for an agent at `baselineRate` with `tasksPerDay` tasks a day, the minimum
 * detectable effect of 1-, 7- and 30-day window tests, and the expected detection delay of the
 * sequential detector for each drop, from the same stream simulator as the detection benchmark
 * (heterogeneous tasks; a drop shifts every task's log-odds; change right after the baseline, the
 * hardest case). Pure and deterministic from `seed`.
 *
 * @example detectionPower({ baselineRate: 0.6, tasksPerDay: 50 }).delays // [{ drop: 0.03, median: … }, …]
 */
export function detectionPower(options: DetectionPowerOptions): DetectionPower {
  const p = options.baselineRate;
  const n = options.tasksPerDay;
  if (!(p > 0 && p < 1)) throw new RangeError(`detectionPower: baselineRate must be strictly between 0 and 1, got ${String(p)}`);
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`detectionPower: tasksPerDay must be a positive integer, got ${String(n)}`);
  const drops = options.drops ?? [0.03, 0.05, 0.1, 0.2];
  for (const d of drops) if (!(d > 0 && d < p)) throw new RangeError(`detectionPower: a drop of ${d} is impossible from a rate of ${p}`);
  const baselineDays = options.baselineDays ?? 14;
  const streams = options.streams ?? 40;
  const horizon = options.horizon ?? 120;
  const c = options.concentration ?? 1;
  const seed = options.seed ?? 1;
  const mde = (days: number): number => minimumDetectableEffect(p, baselineDays * n, days * n);
  const delays = drops.map((drop, di) => {
    const found: number[] = [];
    for (let s = 0; s < streams; s++) {
      const stream = simulateStream({ days: baselineDays + horizon, tasks: n, a: c * p, b: c * (1 - p), drop, changeDay: baselineDays }, mixSeed(seed, di, s));
      const verdict = detectChange(toDayResults(stream), {
        baselineDays,
        ...(options.arl0 !== undefined ? { arl0: options.arl0 } : {}),
        ...(options.minEffect !== undefined ? { minEffect: options.minEffect } : {}),
        ...(options.dropShare !== undefined ? { dropShare: options.dropShare } : {}),
      });
      // The change starts right after the baseline, so every alarm comes after it.
      found.push(verdict.firstAlarm === null ? Infinity : verdict.firstAlarm - baselineDays);
    }
    const sorted = found.sort((a, b) => a - b);
    return { drop, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), detected: sorted.filter(Number.isFinite).length / streams };
  });
  return { mde: { '1d': mde(1), '7d': mde(7), '30d': mde(30) }, delays, streams, horizon };
}
