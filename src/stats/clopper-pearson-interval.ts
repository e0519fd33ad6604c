import { assertCountWithin, assertOpenUnit } from './assert-count.js';
import { betaQuantile } from './beta-quantile.js';
import type { Interval } from './interval.js';

/**
 * The Clopper–Pearson ("exact") interval for a binomial proportion: the inversion of two one-sided
 * binomial tests, each at level (1 − confidence)/2. With α = 1 − confidence:
 * lower = Beta⁻¹(α/2; successes, n − successes + 1), upper = Beta⁻¹(1 − α/2; successes + 1,
 * n − successes), using {@link betaQuantile}. Its coverage is at least `confidence` for every true
 * p, so it is wider (more conservative) than {@link wilsonInterval}.
 *
 * Edge cases: n = 0 gives { lower: 0, upper: 1 }; successes = 0 gives lower = 0 and
 * upper = 1 − (α/2)^(1/n); successes = n gives upper = 1 and lower = (α/2)^(1/n).
 *
 * @example clopperPearsonInterval(0, 10) // → { lower: 0, upper: 0.3085 }
 * @throws RangeError if successes or n is not a non-negative integer, successes > n, or confidence
 * is not strictly between 0 and 1.
 */
export function clopperPearsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  assertCountWithin('clopperPearsonInterval', 'successes', successes, 'n', n);
  assertOpenUnit('clopperPearsonInterval', 'confidence', confidence);
  const alpha = 1 - confidence;
  const lower = successes === 0 ? 0 : betaQuantile(alpha / 2, successes, n - successes + 1);
  const upper = successes === n ? 1 : betaQuantile(1 - alpha / 2, successes + 1, n - successes);
  return { lower, upper };
}
