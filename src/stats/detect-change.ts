import { assertOpenUnit } from './assert-count.js';
import { fitBetaPrior } from './detector/beta-prior.js';
import { estimateChangePoint } from './detector/change-point.js';
import { calibrateThreshold } from './detector/calibrate-threshold.js';
import { baselineSeed, encodeDays, type DayResults } from './detector/encode-days.js';
import { pairedEffect, type PairedEffect } from './detector/paired-effect.js';
import { runShiftCusum, ShiftCusum, type EncodedDay } from './detector/shift-cusum.js';
import { chartOffsets, DEFAULT_DROP_SHARE, shiftGrid, type DetectionSides } from './detector/shift-grid.js';

export type { DayResults, TaskResult } from './detector/encode-days.js';
export type { PairedEffect } from './detector/paired-effect.js';
export type { DetectionSides } from './detector/shift-grid.js';

/** What {@link detectChange} concluded about a series. */
export type ChangeStatus = 'stable' | 'degraded' | 'improved' | 'insufficient-data';

/** Options of {@link detectChange}; every field has a default. */
export interface DetectChangeOptions {
  /** Number of leading entries of `days` that form the baseline. Default 14. */
  readonly baselineDays?: number;
  /** Target average run length to a false alarm on a stable agent, in days (days with results). Default 730. */
  readonly arl0?: number;
  /** Smallest change in pass rate that matters, in proportion units. Default 0.05 (5 points). */
  readonly minEffect?: number;
  /** Watch drops and rises (default), only drops (`lower`) or only rises (`upper`). */
  readonly sides?: DetectionSides;
  /**
   * When both sides are watched: the share of the false-alarm budget (1/`arl0`) spent on drops, in
   * (0, 1). Default 0.9: drops, which users care about most, get a lower threshold and are detected
   * sooner; rises are still reported, a little later. 0.5 treats both directions alike. Ignored when
   * one side is watched.
   */
  readonly dropShare?: number;
  /** Confidence level of the effect interval. Default 0.95. */
  readonly confidence?: number;
  /** Fewest graded results the baseline needs. Default 50. */
  readonly minBaselineResults?: number;
  /** Simulated streams behind the threshold calibration. Default 64. */
  readonly calibrationPaths?: number;
}

/** One CUSUM chart of the detector. */
export interface ChartState {
  /** The log-odds shift of every task's probability this chart is tuned to (negative: a drop). */
  readonly shift: number;
  /** Its log-likelihood ratio statistic. */
  readonly value: number;
  /** Its threshold: the calibrated h plus the chart's offset. */
  readonly threshold: number;
}

/** The verdict of {@link detectChange}. Rates and effects are proportions (0.05 = 5 points). */
export interface ChangeVerdict {
  readonly status: ChangeStatus;
  /** Why the status is `insufficient-data`; null otherwise. */
  readonly reason: string | null;
  /**
   * Index into `days` of the first day on which the detector, seeing only that day and the days
   * before it, raised an alarm; null if none. Once raised, the alarm stands (re-anchor the baseline
   * to clear it).
   */
  readonly firstAlarm: number | null;
  /** Date of `firstAlarm`. */
  readonly alarmDate: string | null;
  /** Estimated index of the first day of the change: the maximum-likelihood change point (see estimateChangePoint). */
  readonly changeDay: number | null;
  /** Date of `changeDay`. */
  readonly changeDate: string | null;
  /** Pooled pass rate of the baseline. */
  readonly baselineRate: number | null;
  /**
   * Pooled pass rate of the compared window: the days from `changeDay` to the end after an alarm,
   * otherwise the most recent `baselineDays` entries after the baseline.
   */
  readonly currentRate: number | null;
  /**
   * Change in pass rate of the compared window against all earlier data, paired on tasks (each
   * attempt against its own task's reference rate), with an interval.
   */
  readonly effect: PairedEffect | null;
  /**
   * The decision statistic: the CUSUM log-likelihood ratio of the chart closest to (or past) its
   * threshold, on the alarm day if there was an alarm, otherwise at the end of the series.
   */
  readonly statistic: number;
  /** That chart's threshold (calibrated to `arl0`). */
  readonly threshold: number;
  /** Log-odds shift of that chart (negative: a drop); null when every chart is at zero. */
  readonly shift: number | null;
  /** Every chart on the alarm day (or at the end): its log-odds shift, value and threshold. */
  readonly charts: readonly ChartState[];
  /** The false-alarm target used, in days. */
  readonly arl0: number;
  /** Size of the baseline. */
  readonly baseline: { readonly days: number; readonly daysWithResults: number; readonly results: number; readonly tasks: number };
  /** How the threshold was calibrated (simulated streams and days per stream). */
  readonly calibration: { readonly paths: number; readonly horizon: number; readonly alarms: number; readonly extrapolated: boolean } | null;
}

/**
 * Sequential change detection on a daily pass/fail series: has the agent got worse (or better), since
 * when, and by how much — with a false-alarm rate fixed in advance rather than inflated by checking
 * every day.
 *
 * Method. The first `baselineDays` entries form the baseline. Each task gets a reference pass
 * probability: its posterior mean under a Beta prior fitted to the baseline's tasks (so tasks never or
 * always solved get probabilities strictly inside (0, 1), and tasks never seen fall back to the pool).
 * A bank of one-sided Bernoulli CUSUM charts then watches, day by day, the log-likelihood ratio of
 * "every task's log-odds moved by δ" against the reference, for δ at 1×, 2× and 4× the shift that
 * moves the baseline rate by `minEffect`, on each watched side; each chart's threshold is the common
 * h plus an offset ¼·log(Kⱼ/K_min) (Kⱼ its daily Kullback–Leibler information) so that no chart
 * dominates the false alarms, and, when both sides are watched, the rise charts' thresholds are
 * raised by log(dropShare/(1 − dropShare)) so that most of the false-alarm budget goes to drops. Using per-task references means the
 * many tasks that always pass or always fail carry (correctly) almost no weight, which makes the test
 * far more sensitive than one on a pooled rate. The reference grows with in-control data: on a day
 * when every chart is at zero, days more than 5 days old are folded in.
 *
 * The threshold is calibrated by simulating the whole procedure under "no change" (see
 * `calibrateThreshold`): true task probabilities drawn from their posterior, a fresh baseline
 * simulated and re-estimated, so the uncertainty of the 14-day baseline is accounted for, for this
 * series' daily volume and task schedule. The simulation is seeded from the baseline's data, so the
 * function is pure and deterministic. Everything about `firstAlarm` depends only on the baseline and
 * the days up to the alarm: truncating `days` after `firstAlarm` gives the same `firstAlarm`.
 *
 * Days with no results contribute nothing. Repeated trials of a task on a day are separate attempts.
 *
 * @example
 * const verdict = detectChange(series); // series: { date, results: { taskId, passed }[] }[]
 * if (verdict.status === 'degraded') {
 *   console.log(`worse since ${verdict.changeDate}: ${(100 * verdict.effect!.estimate).toFixed(1)} points`);
 * }
 * @throws RangeError on invalid options.
 */
export function detectChange(days: readonly DayResults[], options: DetectChangeOptions = {}): ChangeVerdict {
  const baselineDays = options.baselineDays ?? 14;
  const arl0 = options.arl0 ?? 730;
  const minEffect = options.minEffect ?? 0.05;
  const sides = options.sides ?? 'two-sided';
  const dropShare = options.dropShare ?? DEFAULT_DROP_SHARE;
  const confidence = options.confidence ?? 0.95;
  const minBaselineResults = options.minBaselineResults ?? 50;
  const paths = options.calibrationPaths ?? 64;
  if (!Number.isSafeInteger(baselineDays) || baselineDays < 1) {
    throw new RangeError(`detectChange: baselineDays must be a positive integer, got ${String(baselineDays)}`);
  }
  if (!(arl0 >= 2 && Number.isFinite(arl0))) throw new RangeError(`detectChange: arl0 must be a number ≥ 2, got ${String(arl0)}`);
  assertOpenUnit('detectChange', 'minEffect', minEffect);
  assertOpenUnit('detectChange', 'confidence', confidence);
  assertOpenUnit('detectChange', 'dropShare', dropShare);
  if (sides !== 'two-sided' && sides !== 'lower' && sides !== 'upper') {
    throw new RangeError(`detectChange: sides must be 'two-sided', 'lower' or 'upper', got ${String(sides)}`);
  }
  if (!Number.isSafeInteger(paths) || paths < 1) throw new RangeError(`detectChange: calibrationPaths must be a positive integer`);

  const series = encodeDays(days, baselineDays);
  const encoded = series.days;
  const taskCount = series.taskIds.length;
  const m = series.baselineTasks;
  const attempts = new Float64Array(taskCount);
  const passes = new Float64Array(taskCount);
  const schedule: EncodedDay[] = [];
  let results = 0;
  let passed = 0;
  for (let t = 0; t < Math.min(baselineDays, encoded.length); t++) {
    const day = encoded[t];
    if (day === undefined || day.tasks.length === 0) continue;
    schedule.push(day);
    for (let a = 0; a < day.tasks.length; a++) {
      const i = day.tasks[a] ?? 0;
      attempts[i] = (attempts[i] ?? 0) + 1;
      passes[i] = (passes[i] ?? 0) + (day.passed[a] ?? 0);
      results += 1;
      passed += day.passed[a] ?? 0;
    }
  }
  const baseline = { days: Math.min(baselineDays, days.length), daysWithResults: schedule.length, results, tasks: m };
  const baselineRate = results > 0 ? passed / results : null;
  const empty = {
    firstAlarm: null,
    alarmDate: null,
    changeDay: null,
    changeDate: null,
    currentRate: null,
    effect: null,
    statistic: 0,
    threshold: Infinity,
    shift: null,
    charts: [],
    arl0,
    baseline,
    baselineRate,
    calibration: null,
  };
  const minDays = Math.max(2, Math.ceil(baselineDays / 2));
  let reason: string | null = null;
  if (days.length < baselineDays) reason = `the baseline is still being collected (${days.length} of ${baselineDays} days)`;
  else if (schedule.length < minDays) reason = `the baseline has results on ${schedule.length} days; at least ${minDays} are needed`;
  else if (results < minBaselineResults) reason = `the baseline has ${results} results; at least ${minBaselineResults} are needed`;
  if (reason !== null) return { status: 'insufficient-data', reason, ...empty };

  const prior = fitBetaPrior(attempts.subarray(0, m), passes.subarray(0, m));
  const probs = new Float64Array(m);
  for (let i = 0; i < m; i++) probs[i] = (prior.alpha + (passes[i] ?? 0)) / (prior.alpha + prior.beta + (attempts[i] ?? 0));
  const shifts = shiftGrid(probs, attempts.subarray(0, m), minEffect, sides);
  const offsets = chartOffsets(shifts, probs, attempts.subarray(0, m), dropShare);
  const calibration = calibrateThreshold({
    schedule,
    attempts: attempts.subarray(0, m),
    passes: passes.subarray(0, m),
    prior,
    arl0,
    minEffect,
    sides,
    dropShare,
    paths,
    seed: baselineSeed(encoded, baselineDays),
  });
  const threshold = calibration.threshold;
  const cusum = new ShiftCusum(shifts, offsets, prior, attempts, passes);
  const alarm = runShiftCusum(cusum, encoded, baselineDays, encoded.length, threshold);

  const j = alarm?.chart ?? cusum.maxChart();
  const statistic = cusum.values[j] ?? 0;
  const shift = statistic > 0 ? (shifts[j] ?? null) : null;
  // Date the change by maximum likelihood over every candidate day up to the alarm, using all data.
  const changeDay =
    alarm === null
      ? null
      : estimateChangePoint(encoded, probs, prior.alpha / (prior.alpha + prior.beta), (shift ?? 0) < 0 ? -1 : 1, baselineDays, alarm.day);
  const windowStart = changeDay ?? Math.max(baselineDays, encoded.length - baselineDays);
  const charts = Array.from(shifts, (d, c) => ({ shift: d, value: cusum.values[c] ?? 0, threshold: threshold + (offsets[c] ?? 0) }));
  const refAttempts = new Float64Array(taskCount);
  const refPasses = new Float64Array(taskCount);
  for (let t = 0; t < windowStart; t++) {
    const day = encoded[t];
    if (day === undefined) continue;
    for (let a = 0; a < day.tasks.length; a++) {
      const i = day.tasks[a] ?? 0;
      refAttempts[i] = (refAttempts[i] ?? 0) + 1;
      refPasses[i] = (refPasses[i] ?? 0) + (day.passed[a] ?? 0);
    }
  }
  const window = encoded.slice(windowStart);
  let windowResults = 0;
  let windowPassed = 0;
  for (const day of window) {
    windowResults += day.tasks.length;
    for (let a = 0; a < day.passed.length; a++) windowPassed += day.passed[a] ?? 0;
  }
  const effect = pairedEffect(refAttempts, refPasses, prior, window, confidence);
  const status = alarm === null ? 'stable' : (shift ?? 0) < 0 ? 'degraded' : 'improved';
  return {
    status,
    reason: null,
    firstAlarm: alarm?.day ?? null,
    alarmDate: alarm === null ? null : (days[alarm.day]?.date ?? null),
    changeDay,
    changeDate: changeDay === null ? null : (days[changeDay]?.date ?? null),
    baselineRate,
    currentRate: windowResults > 0 ? windowPassed / windowResults : null,
    effect,
    statistic,
    threshold: threshold + (offsets[j] ?? 0),
    shift,
    charts,
    arl0,
    baseline,
    calibration: { paths: calibration.paths, horizon: calibration.horizon, alarms: calibration.alarms, extrapolated: calibration.extrapolated },
  };
}
