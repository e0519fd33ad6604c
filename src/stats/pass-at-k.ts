import { assertCount, assertCountWithin } from './assert-count.js';

/**
 * The unbiased pass@k estimator of Chen et al. (2021), "Evaluating Large Language Models Trained on
 * Code": given n trials of a task of which c passed, the probability that at least one of k trials
 * drawn without replacement passes, 1 − C(n − c, k)/C(n, k).
 *
 * Computed without factorials as 1 − Π_{i = n−c+1}^{n} (1 − k/i), evaluated as
 * −expm1(Σ log1p(−k/i)) so that values near 0 keep their relative precision and values near 1
 * their absolute precision.
 *
 * Edge cases: k = 0 gives 0 (no trial, no pass); c = 0 gives 0; n − c < k (every draw of k must
 * contain a pass) gives exactly 1, in particular k = n with c ≥ 1; `passAtK(n, c, 1) = c/n`.
 *
 * @example passAtK(10, 3, 5) // → 0.9167
 * @throws RangeError if n, c or k is not a non-negative integer, c > n, or k > n.
 */
export function passAtK(n: number, c: number, k: number): number {
  assertCountWithin('passAtK', 'c', c, 'n', n);
  assertCount('passAtK', 'k', k);
  if (k > n) throw new RangeError(`passAtK: k (${k}) must not exceed n (${n}), the number of trials`);
  if (k === 0 || c === 0) return 0;
  if (n - c < k) return 1;
  let logProduct = 0;
  for (let i = n - c + 1; i <= n; i++) logProduct += Math.log1p(-k / i);
  return -Math.expm1(logProduct);
}
