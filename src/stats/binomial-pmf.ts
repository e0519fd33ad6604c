import { assertCount, assertUnit } from './assert-count.js';
import { logBinomialCoefficient } from './log-binomial-coefficient.js';

/**
 * ln P(X = k) for X ~ Binomial(n, p), computed in log space (ln C(n, k) + k·ln p + (n − k)·ln(1 − p))
 * so that probabilities far below the smallest double are still represented.
 *
 * Edge cases: k > n gives −Infinity; p = 0 gives 0 at k = 0 and −Infinity elsewhere; p = 1 gives 0
 * at k = n and −Infinity elsewhere; n = 0 gives 0 at k = 0.
 *
 * @throws RangeError if k or n is not a non-negative integer, or p is outside [0, 1].
 */
export function binomialLogPmf(k: number, n: number, p: number): number {
  assertCount('binomialLogPmf', 'k', k);
  assertCount('binomialLogPmf', 'n', n);
  assertUnit('binomialLogPmf', 'p', p);
  if (k > n) return -Infinity;
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (p === 1) return k === n ? 0 : -Infinity;
  return logBinomialCoefficient(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}

/**
 * P(X = k) for X ~ Binomial(n, p): `Math.exp(binomialLogPmf(k, n, p))`. Underflows to 0 below
 * ~1e-308; use {@link binomialLogPmf} when such probabilities must be compared.
 *
 * @throws RangeError as {@link binomialLogPmf}.
 */
export function binomialPmf(k: number, n: number, p: number): number {
  return Math.exp(binomialLogPmf(k, n, p));
}
