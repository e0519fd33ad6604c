import { assertCountWithin, assertOpenUnit } from './assert-count.js';
import type { Interval } from './interval.js';
import { normalQuantile } from './normal-quantile.js';

/**
 * The Wilson score interval for a binomial proportion (without continuity correction): the set of
 * p for which the score test of `successes` out of `n` is not rejected at level 1 − `confidence`.
 *
 * With p̂ = successes/n and z = Φ⁻¹(1 − (1 − confidence)/2):
 * centre = (p̂ + z²/2n)/(1 + z²/n), half-width = z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²),
 * clipped to [0, 1]. This is the interval barometer shows around every pass rate: unlike the Wald
 * interval it behaves well for small n and for p̂ near 0 or 1.
 *
 * Edge cases: n = 0 (no data) gives { lower: 0, upper: 1 }; successes = 0 gives lower exactly 0
 * and an upper bound > 0; successes = n gives upper exactly 1. The interval always contains p̂.
 *
 * @example wilsonInterval(7, 10) // → { lower: 0.3968, upper: 0.8922 }
 * @throws RangeError if successes or n is not a non-negative integer, successes > n, or confidence
 * is not strictly between 0 and 1.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  assertCountWithin('wilsonInterval', 'successes', successes, 'n', n);
  assertOpenUnit('wilsonInterval', 'confidence', confidence);
  if (n === 0) return { lower: 0, upper: 1 };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const p = successes / n;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At the boundaries the exact bounds are 0 and 1; rounding would leave ~1e-17 off.
  return {
    lower: successes === 0 ? 0 : Math.max(0, Math.min(1, centre - half)),
    upper: successes === n ? 1 : Math.max(0, Math.min(1, centre + half)),
  };
}
