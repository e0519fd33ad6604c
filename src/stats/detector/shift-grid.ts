import { solveLogOddsShift } from './log-odds-shift.js';

/** Which direction of change the detector watches. */
export type DetectionSides = 'two-sided' | 'lower' | 'upper';

/** Multiples of the smallest relevant shift that get their own chart (1×, 2× and 4× the minimum). */
export const SHIFT_MULTIPLIERS: readonly number[] = [1, 2, 4];

/**
 * The log-odds shifts watched by the chart bank: for each watched side, the shift that moves the
 * mean reference pass rate by `minEffect` (in proportion units) and 2× and 4× that shift, so the
 * bank approximates a GLR over the effect size: small changes are caught by the first chart, large
 * ones quickly by the last. Drops first, then rises.
 *
 * @param probs reference probability of each task
 * @param weights baseline attempts of each task
 */
export function shiftGrid(
  probs: ArrayLike<number>,
  weights: ArrayLike<number>,
  minEffect: number,
  sides: DetectionSides,
): Float64Array {
  const out: number[] = [];
  if (sides !== 'upper') {
    const d = solveLogOddsShift(probs, -minEffect, weights);
    for (const m of SHIFT_MULTIPLIERS) out.push(m * d);
  }
  if (sides !== 'lower') {
    const d = solveLogOddsShift(probs, minEffect, weights);
    for (const m of SHIFT_MULTIPLIERS) out.push(m * d);
  }
  return Float64Array.from(out);
}

/**
 * Weight of the offsets: 1 would give every chart the same false-alarm rate, 0 a common threshold.
 * One quarter lets charts for larger shifts spend a larger share of the false-alarm budget, which
 * shortens the detection of 10-point changes without measurably slowing that of 5-point ones
 * (measured on the detection benchmark at 0, 0.25 and 0.5, checked on a second seed).
 */
export const OFFSET_WEIGHT = 0.25;

/** Default share of the false-alarm budget spent on drops when both directions are watched. */
export const DEFAULT_DROP_SHARE = 0.9;

/**
 * Per-chart threshold offsets that keep the charts tuned to large shifts from dominating the false
 * alarms, and split the false-alarm budget between drops and rises. A Bernoulli CUSUM's in-control
 * run length grows like e^h / K, where K is the daily Kullback–Leibler information
 * Σ [log(1 + pᵢ(e^δ − 1)) − pᵢδ] between "no change" and a shift δ (Siegmund's approximation), so
 * under a common threshold a chart tuned to a large shift, which jumps far each day, would raise most
 * false alarms. Chart j gets {@link OFFSET_WEIGHT}·log(Kⱼ / K_min): the smallest shift's chart gets 0.
 * When both sides are watched, the rise charts get log(dropShare / (1 − dropShare)) more, so that
 * (by the same exponential tail) about `dropShare` of the false alarms come from the drop charts and
 * the drop charts' threshold is correspondingly lower; 0.5 treats both directions alike.
 *
 * @param probs reference probability of each task
 * @param weights attempts of each task per baseline day on average (any positive scale works)
 * @param dropShare share of the false-alarm budget spent on drops (two-sided banks only), in (0, 1)
 */
export function chartOffsets(
  shifts: ArrayLike<number>,
  probs: ArrayLike<number>,
  weights: ArrayLike<number>,
  dropShare = DEFAULT_DROP_SHARE,
): Float64Array {
  const info = new Float64Array(shifts.length);
  let drops = false;
  let rises = false;
  for (let j = 0; j < shifts.length; j++) {
    const d = shifts[j] ?? 0;
    if (d < 0) drops = true;
    if (d > 0) rises = true;
    const g = Math.expm1(d);
    let k = 0;
    for (let i = 0; i < probs.length; i++) {
      const p = probs[i] ?? 0;
      k += (weights[i] ?? 0) * (Math.log1p(p * g) - p * d);
    }
    info[j] = Math.max(k, 1e-300);
  }
  let min = Infinity;
  for (const k of info) min = Math.min(min, k);
  const riseExtra = drops && rises ? Math.log(dropShare / (1 - dropShare)) : 0;
  return Float64Array.from(info, (k, j) => OFFSET_WEIGHT * Math.log(k / min) + ((shifts[j] ?? 0) > 0 ? riseExtra : 0));
}
