import { logistic, logit } from './log-odds-shift.js';
import type { EncodedDay } from './shift-cusum.js';

/** Grid of log-odds shift magnitudes searched by {@link estimateChangePoint}. */
const MAGNITUDES = Array.from({ length: 60 }, (_, k) => 0.05 * (k + 1)); // 0.05 … 3.0

/**
 * Maximum-likelihood change point of a persistent shift after an alarm. For every candidate first
 * day τ in [from, to], the days τ…end are explained by a common log-odds shift δ of every task's
 * reference probability (δ on the alarm's side, maximised over a grid), and τ is chosen to maximise
 * the log-likelihood ratio against "no change". Using all the days after τ — not only those up to the
 * alarm — makes the estimate sharper than the CUSUM's last reset, and it never moves the alarm.
 *
 * @param days the encoded series
 * @param refProbs reference probability of each task index (tasks beyond its length use `pooled`)
 * @param pooled reference probability for tasks not seen in the baseline
 * @param sign −1 for a drop, +1 for a rise
 * @param from first candidate index (the day after the baseline)
 * @param to last candidate index (the alarm day)
 * @returns the estimated index of the first changed day
 */
export function estimateChangePoint(days: readonly EncodedDay[], refProbs: ArrayLike<number>, pooled: number, sign: -1 | 1, from: number, to: number): number {
  const k = MAGNITUDES.length;
  // llr[d * k + j]: log-likelihood ratio of day d's results under shift sign·MAGNITUDES[j].
  const llr = new Float64Array(days.length * k);
  for (let d = from; d < days.length; d++) {
    const day = days[d];
    if (!day) continue;
    for (let a = 0; a < day.tasks.length; a++) {
      const i = day.tasks[a]!;
      const p = i < refProbs.length ? refProbs[i]! : pooled;
      const base = logit(p);
      const y = day.passed[a]!;
      for (let j = 0; j < k; j++) {
        const q = logistic(base + sign * MAGNITUDES[j]!);
        llr[d * k + j]! += y === 1 ? Math.log(q / p) : Math.log((1 - q) / (1 - p));
      }
    }
  }
  const suffix = new Float64Array(k);
  let best = to;
  let bestValue = -Infinity;
  for (let d = days.length - 1; d >= from; d--) {
    for (let j = 0; j < k; j++) suffix[j]! += llr[d * k + j]!;
    if (d > to) continue;
    let value = 0;
    for (let j = 0; j < k; j++) value = Math.max(value, suffix[j]!);
    // Ties go to the later day: a change is not dated before the evidence for it.
    if (value > bestValue) {
      bestValue = value;
      best = d;
    }
  }
  return best;
}
