/** The logistic function σ(x) = 1/(1 + e^(−x)). */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The log-odds log(p/(1−p)). */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** Largest log-odds shift the detector considers (a change from 0.5 to 0.9975). */
export const MAX_SHIFT = 6;

/**
 * The common log-odds shift δ that moves the mean of σ(logit pᵢ + δ) over the given probabilities
 * by `change` (for example −0.05 for a 5-point drop), found by bisection (the mean is monotone in δ).
 * When the change is impossible (a drop of 5 points from a 3% rate), the target is clamped to half
 * of the distance to 0 or 1; the result is clamped to ±{@link MAX_SHIFT}.
 *
 * @param probs task probabilities
 * @param weights weight of each probability (for example the task's number of attempts); all 1 if omitted
 */
export function solveLogOddsShift(probs: ArrayLike<number>, change: number, weights?: ArrayLike<number>): number {
  const count = probs.length;
  if (count === 0 || change === 0) return 0;
  const logits = new Float64Array(count);
  const w = new Float64Array(count);
  let mean = 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const p = probs[i] ?? 0.5;
    logits[i] = logit(p);
    w[i] = weights === undefined ? 1 : (weights[i] ?? 0);
    mean += (w[i] ?? 0) * p;
    total += w[i] ?? 0;
  }
  if (total <= 0) return 0;
  mean /= total;
  let target = mean + change;
  if (change < 0) target = Math.max(target, mean / 2);
  else target = Math.min(target, mean + (1 - mean) / 2);
  const meanAt = (d: number): number => {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += (w[i] ?? 0) * logistic((logits[i] ?? 0) + d);
    return sum / total;
  };
  let lo = change < 0 ? -MAX_SHIFT : 0;
  let hi = change < 0 ? 0 : MAX_SHIFT;
  for (let it = 0; it < 40; it++) {
    const mid = (lo + hi) / 2;
    if (meanAt(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
