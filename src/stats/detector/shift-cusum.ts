import type { BetaPrior } from './beta-prior.js';

/** One day's results with tasks as indices: attempt k was of task `tasks[k]` and passed iff `passed[k] === 1`. */
export interface EncodedDay {
  readonly tasks: Int32Array;
  readonly passed: Uint8Array;
  /**
   * Days that share a task list (a replayed schedule in simulation) may share a pattern number below
   * the `patterns` given to {@link ShiftCusum}; their per-day terms are then cached between reference
   * updates.
   */
  readonly pattern?: number;
}

/**
 * Data older than this many days, counted back from a day on which every chart is at zero, may be
 * folded into the reference. The lag keeps the first days after a change out of the reference even
 * when the charts happen to touch zero once early in the change. (5 rather than 10: the reference
 * grows sooner, which shortened the delays for changes later in the series on the benchmark.)
 */
export const FOLD_LAG = 5;
/** Days are folded into the reference in batches of at least this many (fewer recomputations). */
export const FOLD_BATCH = 3;

/**
 * A bank of one-sided Bernoulli CUSUM charts, one per log-odds shift δⱼ, on the log-likelihood ratio
 * of each attempt under "every task's log-odds moved by δⱼ" against "each task passes with its
 * reference probability p̂ᵢ". For one attempt with outcome y the ratio is
 * y·δ − log(1 + p̂ᵢ(e^δ − 1)), so a day adds δ·(passes) − Σ log(1 + p̂ᵢ(e^δ − 1)).
 *
 * The reference p̂ᵢ is the posterior mean (α + sᵢ)/(α + β + nᵢ) of task i under the pool's Beta
 * prior: tasks never seen fall back to the prior mean, tasks never (or always) solved get a
 * probability strictly inside (0, 1). The reference starts from the baseline and can grow with
 * in-control data ({@link ShiftCusum.addToReference}).
 */
export class ShiftCusum {
  /** The log-odds shift of each chart. */
  readonly shifts: Float64Array;
  /** Threshold offset of each chart: chart j alarms when its value reaches h + offsets[j]. */
  readonly offsets: Float64Array;
  /** The current value of each chart (≥ 0). */
  readonly values: Float64Array;
  /** The day index on which each chart's current excursion began, −1 while the chart is at zero. */
  readonly starts: Int32Array;
  private readonly growth: Float64Array;
  private readonly attempts: Float64Array;
  private readonly passes: Float64Array;
  private readonly cost: Float64Array;
  private readonly dirty: Uint8Array;
  private readonly dirtyList: number[] = [];
  private readonly sums: Float64Array;
  private readonly prior: BetaPrior;
  private readonly cacheSums: Float64Array;
  private readonly cacheVersion: Int32Array;
  private version = 0;

  /**
   * @param shifts log-odds shift of each chart (negative: a drop)
   * @param prior the pool's Beta prior
   * @param attempts reference attempts per task (copied); its length is the number of task indices
   * @param passes reference passes per task (copied)
   * @param offsets threshold offset of each chart (see `chartOffsets`)
   * @param patterns number of cacheable day patterns (see {@link EncodedDay.pattern})
   */
  constructor(
    shifts: ArrayLike<number>,
    offsets: ArrayLike<number>,
    prior: BetaPrior,
    attempts: ArrayLike<number>,
    passes: ArrayLike<number>,
    patterns = 0,
  ) {
    const k = shifts.length;
    const m = attempts.length;
    this.shifts = Float64Array.from(shifts);
    this.offsets = Float64Array.from(offsets);
    this.growth = this.shifts.map((d) => Math.expm1(d));
    this.values = new Float64Array(k);
    this.starts = new Int32Array(k).fill(-1);
    this.attempts = Float64Array.from(attempts);
    this.passes = Float64Array.from(passes);
    this.cost = new Float64Array(m * k);
    this.dirty = new Uint8Array(m);
    this.sums = new Float64Array(k);
    this.prior = prior;
    this.cacheSums = new Float64Array(patterns * k);
    this.cacheVersion = new Int32Array(patterns).fill(-1);
    for (let i = 0; i < m; i++) this.updateCost(i);
  }

  /** The reference probability p̂ᵢ of task i. */
  probability(task: number): number {
    const n = this.attempts[task] ?? 0;
    const s = this.passes[task] ?? 0;
    return (this.prior.alpha + s) / (this.prior.alpha + this.prior.beta + n);
  }

  /** Reference attempts of task i. */
  referenceAttempts(task: number): number {
    return this.attempts[task] ?? 0;
  }

  /** Adds one day (index `index`) to every chart. A day without attempts changes nothing. */
  step(day: EncodedDay, index: number): void {
    const k = this.shifts.length;
    const tasks = day.tasks;
    const count = tasks.length;
    if (count === 0) return;
    let passed = 0;
    const outcomes = day.passed;
    for (let a = 0; a < count; a++) passed += outcomes[a] ?? 0;
    const pattern = day.pattern ?? -1;
    let sums = this.sums;
    if (pattern >= 0 && pattern < this.cacheVersion.length) {
      sums = this.cacheSums.subarray(pattern * k, pattern * k + k);
      if (this.cacheVersion[pattern] !== this.version) {
        this.daySums(tasks, sums);
        this.cacheVersion[pattern] = this.version;
      }
    } else this.daySums(tasks, sums);
    const values = this.values;
    const starts = this.starts;
    for (let j = 0; j < k; j++) {
      const before = values[j] ?? 0;
      const next = before + (this.shifts[j] ?? 0) * passed - (sums[j] ?? 0);
      if (next <= 0) {
        values[j] = 0;
        starts[j] = -1;
      } else {
        if (before === 0) starts[j] = index;
        values[j] = next;
      }
    }
  }

  /** Σ over the day's attempts of each chart's per-task term, into `out`. */
  private daySums(tasks: Int32Array, out: Float64Array): void {
    const k = this.shifts.length;
    const cost = this.cost;
    out.fill(0);
    for (let a = 0; a < tasks.length; a++) {
      const base = (tasks[a] ?? 0) * k;
      for (let j = 0; j < k; j++) out[j] = (out[j] ?? 0) + (cost[base + j] ?? 0);
    }
  }

  /** True when every chart is at zero (no evidence of a change is pending). */
  allZero(): boolean {
    for (let j = 0; j < this.values.length; j++) if ((this.values[j] ?? 0) > 0) return false;
    return true;
  }

  /** Index of the chart with the largest value above its offset, value − offset (the first on ties). */
  maxChart(): number {
    let best = 0;
    let top = -Infinity;
    for (let j = 0; j < this.values.length; j++) {
      const v = (this.values[j] ?? 0) - (this.offsets[j] ?? 0);
      if (v > top) {
        top = v;
        best = j;
      }
    }
    return best;
  }

  /** The decision statistic max_j (value_j − offset_j). */
  excess(): number {
    const j = this.maxChart();
    return (this.values[j] ?? 0) - (this.offsets[j] ?? 0);
  }

  /** Adds a day's attempts to the reference counts; call {@link refresh} afterwards. */
  addToReference(day: EncodedDay): void {
    for (let a = 0; a < day.tasks.length; a++) {
      const i = day.tasks[a] ?? 0;
      this.attempts[i] = (this.attempts[i] ?? 0) + 1;
      this.passes[i] = (this.passes[i] ?? 0) + (day.passed[a] ?? 0);
      if (this.dirty[i] === 0) {
        this.dirty[i] = 1;
        this.dirtyList.push(i);
      }
    }
  }

  /** Recomputes the per-task terms of tasks whose reference changed. */
  refresh(): void {
    if (this.dirtyList.length > 0) this.version += 1;
    for (const i of this.dirtyList) {
      this.dirty[i] = 0;
      this.updateCost(i);
    }
    this.dirtyList.length = 0;
  }

  private updateCost(task: number): void {
    const k = this.shifts.length;
    const p = this.probability(task);
    for (let j = 0; j < k; j++) this.cost[task * k + j] = Math.log1p(p * (this.growth[j] ?? 0));
  }
}

/** Where and how a bank of charts crossed its threshold. */
export interface ChartAlarm {
  /** Index of the day on which the alarm was raised. */
  readonly day: number;
  /** Index of the chart that crossed (the largest one on that day). */
  readonly chart: number;
  /** That chart's value (log-likelihood ratio). */
  readonly value: number;
  /** The value minus the chart's offset, which reached the threshold. */
  readonly excess: number;
  /** First day of that chart's excursion (the estimated change day). */
  readonly start: number;
}

/**
 * Runs the charts over days [from, to) and returns the first alarm (a chart's value − offset ≥
 * threshold), or null.
 * The reference grows with in-control data: on a day when every chart is at zero, the days up to
 * {@link FOLD_LAG} days back that are not yet in the reference are folded in (in batches of
 * {@link FOLD_BATCH}). `onDay(index, excess)` sees the decision statistic after each day with data.
 */
export function runShiftCusum(
  cusum: ShiftCusum,
  days: readonly EncodedDay[],
  from: number,
  to: number,
  threshold: number,
  onDay?: (index: number, max: number) => void,
): ChartAlarm | null {
  let folded = from;
  for (let t = from; t < to; t++) {
    const day = days[t];
    if (day === undefined || day.tasks.length === 0) continue;
    cusum.step(day, t);
    const j = cusum.maxChart();
    const value = cusum.values[j] ?? 0;
    const excess = value - (cusum.offsets[j] ?? 0);
    if (excess >= threshold) return { day: t, chart: j, value, excess, start: cusum.starts[j] ?? t };
    if (onDay !== undefined) onDay(t, excess);
    const foldTo = t - FOLD_LAG; // inclusive
    if (foldTo - folded + 1 >= FOLD_BATCH && cusum.allZero()) {
      for (let u = folded; u <= foldTo; u++) {
        const d = days[u];
        if (d !== undefined) cusum.addToReference(d);
      }
      folded = foldTo + 1;
      cusum.refresh();
    }
  }
  return null;
}
