import { assertCount } from './assert-count.js';
import { binomialLogCdf } from './binomial-cdf.js';
import { binomialLogPmf } from './binomial-pmf.js';

/** The result of {@link mcnemarTest}. */
export interface McNemarTestResult {
  /** The exact two-sided p-value min(1, 2·P(X ≤ min(b, c))), X ~ Binomial(b + c, ½). */
  readonly exactPValue: number;
  /**
   * The mid-p value 2·P(X ≤ min(b, c)) − P(X = min(b, c)): less conservative than the exact test,
   * with a type-I error close to nominal (Fagerland et al. 2013 recommend it).
   */
  readonly midPValue: number;
}

/**
 * McNemar's test for paired binary outcomes, the paired comparison of two periods on the same
 * tasks. Only the discordant pairs carry information: `b` tasks that passed in the first period
 * and failed in the second, and `c` tasks that failed first and passed second. Under H₀ each
 * discordant pair is equally likely to go either way, so min(b, c) is compared with
 * Binomial(b + c, ½); both the exact (conditional binomial) and the mid-p variant are returned.
 *
 * Edge cases: b + c = 0 (no discordant pair) gives both p-values 1; b = c gives an exact p-value
 * of 1. Both p-values are capped at 1.
 *
 * @example mcnemarTest(12, 1) // → { exactPValue: 0.003418, midPValue: 0.001831 }
 * @throws RangeError if b or c is not a non-negative integer.
 */
export function mcnemarTest(b: number, c: number): McNemarTestResult {
  assertCount('mcnemarTest', 'b', b);
  assertCount('mcnemarTest', 'c', c);
  const n = b + c;
  if (n === 0) return { exactPValue: 1, midPValue: 1 };
  const k = Math.min(b, c);
  const tail = Math.exp(binomialLogCdf(k, n, 0.5));
  const point = Math.exp(binomialLogPmf(k, n, 0.5));
  return {
    exactPValue: Math.min(1, 2 * tail),
    midPValue: Math.min(1, 2 * tail - point),
  };
}
