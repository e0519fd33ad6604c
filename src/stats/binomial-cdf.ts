import { assertCount, assertUnit } from './assert-count.js';
import { binomialLogPmf } from './binomial-pmf.js';
import { logSumExp } from './log-sum-exp.js';

/**
 * ln P(X ≤ k) for X ~ Binomial(n, p), as the log-sum-exp of the point probabilities 0 … k, so a
 * tiny lower tail keeps full relative precision (it is never formed as 1 − something). Cost is
 * O(k) evaluations of {@link binomialLogPmf}.
 *
 * Edge cases: k ≥ n gives 0 (probability 1); p = 0 gives 0; p = 1 gives −Infinity unless k ≥ n.
 *
 * @throws RangeError if k or n is not a non-negative integer, or p is outside [0, 1].
 */
export function binomialLogCdf(k: number, n: number, p: number): number {
  assertCount('binomialLogCdf', 'k', k);
  assertCount('binomialLogCdf', 'n', n);
  assertUnit('binomialLogCdf', 'p', p);
  if (k >= n) return 0;
  const terms: number[] = [];
  for (let j = 0; j <= k; j++) terms.push(binomialLogPmf(j, n, p));
  return Math.min(0, logSumExp(terms));
}

/**
 * P(X ≤ k) for X ~ Binomial(n, p): `Math.exp(binomialLogCdf(k, n, p))`.
 *
 * @throws RangeError as {@link binomialLogCdf}.
 */
export function binomialCdf(k: number, n: number, p: number): number {
  return Math.exp(binomialLogCdf(k, n, p));
}
