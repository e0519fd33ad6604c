import { assertCountWithin } from './assert-count.js';
import { logBeta } from './log-beta.js';

/**
 * ln C(n, k), the logarithm of the binomial coefficient "n choose k", for integers 0 ≤ k ≤ n.
 *
 * Computed as −ln(n + 1) − ln B(n − k + 1, k + 1), which stays accurate (relative error ~1e-15)
 * for n in the millions, where the factorials themselves overflow. `logBinomialCoefficient(n, 0)`
 * and `logBinomialCoefficient(n, n)` are exactly 0.
 *
 * @throws RangeError if n or k is not a non-negative integer or k > n.
 */
export function logBinomialCoefficient(n: number, k: number): number {
  assertCountWithin('logBinomialCoefficient', 'k', k, 'n', n);
  if (k === 0 || k === n) return 0;
  return -Math.log(n + 1) - logBeta(n - k + 1, k + 1);
}
