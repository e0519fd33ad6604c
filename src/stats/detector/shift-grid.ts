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
 * One half lets charts for larger shifts spend a somewhat larger share of the false-alarm budget,
 * which shortens the detection of 10-point changes without slowing that of 5-point ones (tuned on
 * simulations with other seeds than the benchmark's).
 */
export const OFFSET_WEIGHT = 0.5;

/**
 * Per-chart threshold offsets that keep the charts tuned to large shifts from dominating the false
 * alarms. A Bernoulli CUSUM's in-control run length grows like e^h / K, where K is the daily
 * Kullback–Leibler information Σ [log(1 + pᵢ(e^δ − 1)) − pᵢδ] between "no change" and a shift δ
 * (Siegmund's approximation), so under a common threshold a chart tuned to a large shift, which
 * jumps far each day, would raise most false alarms. Chart j gets {@link OFFSET_WEIGHT}·log(Kⱼ / K_min):
 * the smallest shift's chart gets 0.
 *
 * @param probs reference probability of each task
 * @param weights attempts of each task per baseline day on average (any positive scale works)
 */
export function chartOffsets(shifts: ArrayLike<number>, probs: ArrayLike<number>, weights: ArrayLike<number>): Float64Array {
  const info = new Float64Array(shifts.length);
  for (let j = 0; j < shifts.length; j++) {
    const d = shifts[j] ?? 0;
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
  return info.map((k) => OFFSET_WEIGHT * Math.log(k / min));
}
