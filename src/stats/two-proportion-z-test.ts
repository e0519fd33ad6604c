import { assertCountWithin } from './assert-count.js';
import { normalCdf } from './normal-cdf.js';

/** The result of {@link twoProportionZTest}. */
export interface TwoProportionZTestResult {
  /** The z statistic (p̂₁ − p̂₂)/se: positive when the first sample has the higher rate. */
  readonly z: number;
  /** The two-sided p-value 2·Φ(−|z|), accurate in relative terms even when tiny. */
  readonly pValue: number;
}

/**
 * The pooled two-proportion z-test of H₀: p₁ = p₂ against the two-sided alternative, the unpaired
 * comparison of a window's pass rate with the baseline's.
 *
 * p̂ = (successes1 + successes2)/(n1 + n2), se = √(p̂(1 − p̂)(1/n1 + 1/n2)),
 * z = (successes1/n1 − successes2/n2)/se, pValue = 2·Φ(−|z|) (capped at 1).
 *
 * Edge cases: when a sample is empty (n1 = 0 or n2 = 0) or the pooled rate is 0 or 1 (every
 * attempt failed, or every attempt passed, in both samples) there is no evidence of a difference
 * and the result is { z: 0, pValue: 1 }. The normal approximation is poor when n·p̂ is small; use
 * {@link fisherExactTest} then.
 *
 * @example twoProportionZTest(45, 174, 52, 423) // → { z: 4.084, pValue: 4.42e-5 }
 * @throws RangeError if a count is not a non-negative integer or successes exceed their n.
 */
export function twoProportionZTest(
  successes1: number,
  n1: number,
  successes2: number,
  n2: number,
): TwoProportionZTestResult {
  assertCountWithin('twoProportionZTest', 'successes1', successes1, 'n1', n1);
  assertCountWithin('twoProportionZTest', 'successes2', successes2, 'n2', n2);
  if (n1 === 0 || n2 === 0) return { z: 0, pValue: 1 };
  const pooled = (successes1 + successes2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { z: 0, pValue: 1 };
  const z = (successes1 / n1 - successes2 / n2) / se;
  return { z, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}
